using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>Turns literals into internal values guided by an input type (graphql-js <c>valueFromAST</c>).</summary>
public static class LiteralCoercion
{
    /// <summary>
    /// Coerces a literal to an internal value of <paramref name="type" />: scalars and enums by their parse
    /// functions, lists (a single item becomes a one-item list), input objects to a dictionary with field defaults
    /// filled in. Returns false where graphql-js returns <c>undefined</c>: invalid literals, and variables that are
    /// absent from <paramref name="variables" /> (or null for a non-null type).
    /// </summary>
    /// <param name="node">The literal.</param>
    /// <param name="type">An input type.</param>
    /// <param name="variables">The coerced variable values, or null when the literal must be constant.</param>
    /// <param name="value">The internal value: <see cref="List{T}" /> for lists, <see cref="Dictionary{TKey, TValue}" /> for input objects.</param>
    /// <returns>Whether the literal is valid.</returns>
    public static bool TryCoerce(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(type);
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.NameValue, out value))
            {
                return false;
            }

            return value is not null || type is not NonNullType;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        return type switch
        {
            ListType list => TryCoerceList(node, list.OfType, variables, out value),
            InputObjectType input => TryCoerceObject(node, input, variables, out value),
            ScalarType scalar => TryParse(() => scalar.ParseLiteral(node, variables), out value),
            EnumType enumType => TryParse(() => enumType.ParseLiteral(node), out value),
            _ => false,
        };
    }

    private static bool TryCoerceList(ValueNode node, GraphQLType itemType, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ListValueNode list)
        {
            if (!TryCoerce(node, itemType, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var items = new List<object?>(list.Values.Count);
        foreach (var item in list.Values)
        {
            if (IsMissingVariable(item, variables))
            {
                if (itemType is NonNullType)
                {
                    return false;
                }

                items.Add(null);
            }
            else if (TryCoerce(item, itemType, variables, out var itemValue))
            {
                items.Add(itemValue);
            }
            else
            {
                return false;
            }
        }

        value = items;
        return true;
    }

    private static bool TryCoerceObject(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode obj)
        {
            return false;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = obj.Fields.FirstOrDefault(candidate => candidate.NameValue == field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.DefaultValue is not null)
                {
                    if (!TryCoerce(field.DefaultValue, field.Type, null, out var defaultValue))
                    {
                        return false;
                    }

                    result[field.Name] = defaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (result.Count != 1 || result.Values.First() is null))
        {
            return false;
        }

        value = result;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.NameValue));

    private static bool TryParse(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (GraphQLCoercionException)
        {
            value = null;
            return false;
        }
    }
}
