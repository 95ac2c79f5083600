using System.Text.RegularExpressions;

namespace CustomerComms.GraphQL.Types;

/// <summary>
/// The type system rules of the specification, checked on a built schema with graphql-js's <c>validateSchema</c>
/// messages: root types, directive definitions, names, fields and arguments, interface implementations, unions,
/// enums, input objects (including <c>@oneOf</c> and non-null cycles).
/// </summary>
public static partial class SchemaValidator
{
    /// <summary>Checks the schema.</summary>
    /// <param name="schema">The schema.</param>
    /// <returns>Every problem found, in graphql-js's order; empty when the schema is valid.</returns>
    public static IReadOnlyList<string> Validate(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var errors = new List<string>();
        if (schema.QueryType is null)
        {
            errors.Add("Query root type must be provided.");
        }

        ValidateDirectives(schema, errors);
        var inputCycles = new InputCycleFinder(errors);
        foreach (var type in schema.Types)
        {
            ValidateName(type.Name, errors);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, errors);
                    ValidateInterfaces(complex, errors);
                    break;
                case UnionType union:
                    ValidateUnion(union, errors);
                    break;
                case EnumType enumType:
                    ValidateEnum(enumType, errors);
                    break;
                case InputObjectType input:
                    ValidateInputObject(input, errors);
                    inputCycles.Check(input);
                    break;
            }
        }

        return errors;
    }

    private static void ValidateName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
        else if (!NamePattern().IsMatch(name))
        {
            errors.Add(name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_')
                ? $"Names must start with [_a-zA-Z] but \"{name}\" does not."
                : $"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.");
        }
    }

    private static void ValidateDirectives(Schema schema, List<string> errors)
    {
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must include 1 or more locations.");
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, errors);
                if (!argument.Type.IsInputType)
                {
                    errors.Add($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    errors.Add($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateFields(ComplexType type, List<string> errors)
    {
        if (type.DeclaredFieldCount == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, errors);
                if (!argument.Type.IsInputType)
                {
                    errors.Add($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    errors.Add($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateUnion(UnionType union, List<string> errors)
    {
        if (union.DeclaredCount == 0)
        {
            errors.Add($"Union type {union.Name} must define one or more member types.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                errors.Add($"Union type {union.Name} can only include type {member.Name} once.");
            }
        }
    }

    private static void ValidateEnum(EnumType enumType, List<string> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add($"Enum type {enumType.Name} must define one or more values.");
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, errors);
            if (value.Name is "true" or "false" or "null")
            {
                errors.Add($"Enum type {enumType.Name} cannot include value: {value.Name}.");
            }
        }
    }

    private static void ValidateInputObject(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.");
        }

        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, errors);
            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                errors.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    errors.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                }

                if (field.HasDefaultValue)
                {
                    errors.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
                }
            }
        }
    }

    [GeneratedRegex("^[_a-zA-Z][_a-zA-Z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
