using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Collecting the fields of selection sets and comparing arguments and types of two fields.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    // Two types conflict when no value could be of both: list against non-list, nullable against non-null,
    // or two different leaf types.
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        return (type1.IsLeafType || type2.IsLeafType) && !ReferenceEquals(type1, type2);
    }

    // Arguments are the same when each name has an equal value; input object fields may be in any order.
    private static bool SameArguments(NodeList<ArgumentNode> arguments1, NodeList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            var argument2 = arguments2.FirstOrDefault(candidate => candidate.NameValue == argument1.NameValue);
            if (argument2 is null || !Normalize(argument1.Value).Equals(Normalize(argument2.Value)))
            {
                return false;
            }
        }

        return true;
    }

    private static ValueNode Normalize(ValueNode value) => value switch
    {
        ObjectValueNode obj => new ObjectValueNode(
            [.. obj.Fields.OrderBy(field => field.NameValue, StringComparer.Ordinal).Select(field => new ObjectFieldNode(field.Name, Normalize(field.Value)))]),
        ListValueNode list => new ListValueNode([.. list.Values.Select(Normalize)]),
        _ => value,
    };

    private FieldsAndFragments CollectFragment(FragmentDefinitionNode fragment) =>
        Collect(Context.Schema.TypeFromAst(fragment.TypeCondition) as NamedType, fragment.SelectionSet);

    private FieldsAndFragments Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_collected.TryGetValue(selectionSet, out var collected))
        {
            collected = new FieldsAndFragments();
            var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
            Collect(parentType, selectionSet, collected, fragmentNames);
            _collected[selectionSet] = collected;
        }

        return collected;
    }

    private void Collect(NamedType? parentType, SelectionSetNode selectionSet, FieldsAndFragments collected, HashSet<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var name = field.NameValue;
                    var type = parentType is ComplexType complex && complex.GetField(name) is { } definition
                        ? definition.Type
                        : parentType is not null ? MetaFields.Find(Context.Schema, parentType, name)?.Type : null;
                    var responseName = field.AliasValue ?? name;
                    if (!collected.Fields.TryGetValue(responseName, out var fields))
                    {
                        collected.Fields[responseName] = fields = [];
                    }

                    fields.Add(new FieldEntry(responseName, parentType, field, type));
                    break;
                case FragmentSpreadNode spread:
                    if (fragmentNames.Add(spread.NameValue))
                    {
                        collected.FragmentNames.Add(spread.NameValue);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : Context.Schema.TypeFromAst(inline.TypeCondition) as NamedType;
                    Collect(inlineType, inline.SelectionSet, collected, fragmentNames);
                    break;
            }
        }
    }

    private sealed record FieldEntry(string ResponseName, NamedType? ParentType, FieldNode Node, GraphQLType? Type);

    private sealed class FieldsAndFragments
    {
        public Dictionary<string, List<FieldEntry>> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        public Dictionary<string, bool> ComparedFragments { get; } = new(StringComparer.Ordinal);
    }
}
