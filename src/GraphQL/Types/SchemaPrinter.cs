using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js's <c>printSchema</c>: the schema definition only when needed,
/// custom directives, then every type except the built-in scalars, in type map order; descriptions as block
/// strings where they can be, deprecations, <c>@specifiedBy</c>, <c>@oneOf</c> and <c>repeatable</c>. No trailing newline.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>Prints the schema.</summary>
    /// <param name="schema">The schema.</param>
    /// <returns>The SDL.</returns>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(directive => !BuiltInDirectives.IsSpecified(directive)).Select(PrintDirective));
        parts.AddRange(schema.Types.Where(type => !Scalars.IsSpecified(type) && !type.Name.StartsWith("__", StringComparison.Ordinal)).Select(PrintType));
        return string.Join("\n\n", parts);
    }

    /// <summary>Prints one named type as SDL.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The SDL.</returns>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name
            + (scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + Printer.PrintString(scalar.SpecifiedByUrl) + ")"),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Interfaces(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Interfaces(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count == 0 ? string.Empty : " = " + string.Join(" | ", union.Types.Select(member => member.Name))),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name
            + Block(enumType.Values.Select((value, i) => Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + Block(input.Fields.Select((field, i) => Description(field.Description, "  ", i == 0) + "  " + InputValue(field))),
        _ => throw new ArgumentException($"Unexpected type {type.Name}.", nameof(type)),
    };

    /// <summary>Prints a directive definition as SDL.</summary>
    /// <param name="directive">The directive.</param>
    /// <returns>The SDL.</returns>
    public static string PrintDirective(Directive directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty)
            + (directive.IsRepeatable ? " repeatable" : string.Empty)
            + " on " + string.Join(" | ", directive.Locations.Select(Directive.LocationName));
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var commonNames = (schema.QueryType is null || schema.QueryType.Name == "Query")
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var operationTypes = new List<string>();
        if (schema.QueryType is not null)
        {
            operationTypes.Add("  query: " + schema.QueryType.Name);
        }

        if (schema.MutationType is not null)
        {
            operationTypes.Add("  mutation: " + schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            operationTypes.Add("  subscription: " + schema.SubscriptionType.Name);
        }

        return Description(schema.Description) + "schema {\n" + string.Join("\n", operationTypes) + "\n}";
    }

    private static string Interfaces(ComplexType type) =>
        type.Interfaces.Count == 0 ? string.Empty : " implements " + string.Join(" & ", type.Interfaces.Select(iface => iface.Name));

    private static string Fields(ComplexType type) => Block(type.Fields.Select((field, i) =>
        Description(field.Description, "  ", i == 0) + "  " + field.Name + Arguments(field.Arguments, "  ") + ": " + field.Type + Deprecated(field.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Arguments(NamedList<Argument> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(argument => argument.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((argument, i) => Description(argument.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(argument)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValue value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.DefaultValue is not null && DefaultLiteral(value) is { } literal)
        {
            declaration += " = " + Printer.Print(literal);
        }

        return declaration + Deprecated(value.DeprecationReason);
    }

    /// <summary>The default as graphql-js prints it: coerced to an internal value and converted back, which normalises the literal.</summary>
    private static ValueNode? DefaultLiteral(InputValue value) =>
        LiteralCoercion.TryCoerce(value.DefaultValue!, value.Type, null, out var internalValue)
            ? AstFromValue.Convert(internalValue, value.Type)
            : value.DefaultValue;

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
    };

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = Printer.Print(new StringValueNode(description, BlockString.IsPrintable(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
