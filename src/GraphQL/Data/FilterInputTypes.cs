using System.Reflection;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Data;

/// <summary>
/// Defines HotChocolate-shaped filter inputs on a schema builder: <c>XFilterInput</c> per object type (with
/// <c>and</c>/<c>or</c>), one operation input per scalar (<c>StringOperationFilterInput</c>,
/// <c>IntOperationFilterInput</c>, <c>DateTimeOperationFilterInput</c>, …), per enum (<c>XOperationFilterInput</c>)
/// and per list of objects (<c>ListFilterInputTypeOfXFilterInput</c>). Each is defined once; cycles end on the name.
/// </summary>
internal static class FilterInputTypes
{
    /// <summary>The case-insensitivity flag of <c>StringOperationFilterInput</c>; HotChocolate has no equivalent.</summary>
    public const string CaseInsensitive = "caseInsensitive";

    private static readonly string[] StringOperators = ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith"];
    private static readonly string[] ComparableOperators = ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];
    private static readonly string[] EnumOperators = ["eq", "neq", "in", "nin"];
    private static readonly string[] BooleanOperators = ["eq", "neq"];

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["eq"] = "Equal to the value; null matches a missing value.",
        ["neq"] = "Not equal to the value; null matches any present value.",
        ["in"] = "Equal to one of the values.",
        ["nin"] = "Equal to none of the values.",
        ["contains"] = "Contains the text.",
        ["ncontains"] = "Does not contain the text.",
        ["startsWith"] = "Starts with the text.",
        ["nstartsWith"] = "Does not start with the text.",
        ["endsWith"] = "Ends with the text.",
        ["nendsWith"] = "Does not end with the text.",
        ["gt"] = "Greater than the value.",
        ["ngt"] = "Not greater than the value.",
        ["gte"] = "Greater than or equal to the value.",
        ["ngte"] = "Not greater than or equal to the value.",
        ["lt"] = "Less than the value.",
        ["nlt"] = "Not less than the value.",
        ["lte"] = "Less than or equal to the value.",
        ["nlte"] = "Not less than or equal to the value.",
    };

    /// <summary>Defines <c>XFilterInput</c> for <paramref name="type" /> (and what it references) and returns its name.</summary>
    /// <param name="only">The properties to offer, or null for every supported property.</param>
    public static string Define(SchemaBuilder schema, Type type, IReadOnlyCollection<PropertyInfo>? only)
    {
        var name = DataMembers.TypeName(schema, type) + "FilterInput";
        if (schema.DefinitionsByName.ContainsKey(name))
        {
            return name;
        }

        schema.InputObject(name, input =>
        {
            input.Description($"Filters {DataMembers.TypeName(schema, type)} values; all given fields must match.");
            input.Field("and", $"[{name}!]", field => field.Description("Every filter must match."));
            input.Field("or", $"[{name}!]", field => field.Description("At least one filter must match."));
            foreach (var property in only ?? DataFieldSelection.Filter(schema, type) ?? DataMembers.Properties(type))
            {
                var field = NameConventions.ToCamelCase(property.Name);
                input.Field(field, OperationInput(schema, property.PropertyType), f => f.Description(FieldDescription(field, property.PropertyType)));
            }
        });
        return name;
    }

    private static string FieldDescription(string field, Type type) => DataMembers.KindOf(type) switch
    {
        MemberKind.List => $"Conditions on the items of `{field}`.",
        MemberKind.Object => $"Conditions on the related `{field}`.",
        _ => $"Conditions on `{field}`.",
    };

    private static string OperationInput(SchemaBuilder schema, Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        switch (DataMembers.KindOf(type))
        {
            case MemberKind.String:
                return DefineOperations(schema, "StringOperationFilterInput", "String", StringOperators, caseInsensitive: true);
            case MemberKind.Boolean:
                return DefineOperations(schema, "BooleanOperationFilterInput", "Boolean", BooleanOperators, caseInsensitive: false);
            case MemberKind.Comparable:
                var scalar = DataMembers.ScalarName(plain);
                var prefix = scalar == "UUID" ? "Uuid" : scalar;
                return DefineOperations(schema, prefix + "OperationFilterInput", scalar, ComparableOperators, caseInsensitive: false);
            case MemberKind.Enum:
                var enumName = DataMembers.EnsureEnum(schema, plain);
                return DefineOperations(schema, enumName + "OperationFilterInput", enumName, EnumOperators, caseInsensitive: false);
            case MemberKind.Object:
                return Define(schema, plain, null);
            case MemberKind.List:
                return DefineList(schema, DataMembers.ElementType(plain)!);
            default:
                throw new ArgumentException($"Property type {type.Name} cannot be filtered.", nameof(type));
        }
    }

    private static string DefineOperations(SchemaBuilder schema, string name, string scalar, string[] operators, bool caseInsensitive)
    {
        if (schema.DefinitionsByName.ContainsKey(name))
        {
            return name;
        }

        schema.InputObject(name, input =>
        {
            input.Description($"Conditions on a {scalar} value; all given operators must hold.");
            input.Field("and", $"[{name}!]", field => field.Description("Every condition must hold."));
            input.Field("or", $"[{name}!]", field => field.Description("At least one condition must hold."));
            foreach (var op in operators)
            {
                var type = op is "in" or "nin" ? $"[{scalar}]" : scalar;
                input.Field(op, type, field => field.Description(Descriptions[op]));
            }

            if (caseInsensitive)
            {
                input.Field(CaseInsensitive, "Boolean", field => field.Description(
                    "Compares ignoring case (both sides lower-cased; in SQLite only ASCII letters fold). Applies to every operator of this input."));
            }
        });
        return name;
    }

    private static string DefineList(SchemaBuilder schema, Type element)
    {
        var elementInput = Define(schema, element, null);
        var name = "ListFilterInputTypeOf" + elementInput;
        if (!schema.DefinitionsByName.ContainsKey(name))
        {
            schema.InputObject(name, input =>
            {
                input.Description($"Conditions on a list of {DataMembers.TypeName(schema, element)} values.");
                input.Field("all", elementInput, field => field.Description("Every item matches."));
                input.Field("none", elementInput, field => field.Description("No item matches."));
                input.Field("some", elementInput, field => field.Description("At least one item matches."));
                input.Field("any", "Boolean", field => field.Description("True: the list has items; false: it is empty."));
            });
        }

        return name;
    }
}
