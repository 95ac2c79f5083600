using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;
using CustomerComms.GraphQL.Types.Introspection;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// Collects the fields a selection set selects on an object type (graphql-js <c>collectFields</c>): honours
/// <c>@skip</c> and <c>@include</c>, expands fragments whose type condition applies (each named fragment once), and
/// groups field nodes by response key in selection order. Subfield collections are cached per request by
/// object type and field nodes, so a list of N objects collects once.
/// </summary>
internal sealed class FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
{
    private readonly ConcurrentDictionary<(ObjectType Type, IReadOnlyList<FieldNode> Nodes), OrderedDictionary<string, List<FieldNode>>> _subfields = new(SubfieldKeyComparer.Instance);
    private readonly Directive _skip = schema.GetDirective("skip") ?? BuiltInDirectives.Skip;
    private readonly Directive _include = schema.GetDirective("include") ?? BuiltInDirectives.Include;

    /// <summary>The fields of an operation's selection set.</summary>
    public OrderedDictionary<string, List<FieldNode>> CollectRoot(ObjectType type, SelectionSetNode selectionSet)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        Collect(type, selectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        return fields;
    }

    /// <summary>The merged subfields of field nodes whose value completes to <paramref name="type" />.</summary>
    public OrderedDictionary<string, List<FieldNode>> CollectSubfields(ObjectType type, IReadOnlyList<FieldNode> nodes) =>
        _subfields.GetOrAdd((type, nodes), key =>
        {
            var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in key.Nodes)
            {
                if (node.SelectionSet is not null)
                {
                    Collect(key.Type, node.SelectionSet, fields, visited);
                }
            }

            return fields;
        });

    private void Collect(ObjectType type, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when ShouldInclude(field.Directives):
                    var key = (field.Alias ?? field.Name).Value;
                    if (!fields.TryGetValue(key, out var nodes))
                    {
                        fields[key] = nodes = [];
                    }

                    nodes.Add(field);
                    break;
                case InlineFragmentNode inline when ShouldInclude(inline.Directives) && Applies(inline.TypeCondition, type):
                    Collect(type, inline.SelectionSet, fields, visited);
                    break;
                case FragmentSpreadNode spread when !visited.Contains(spread.Name.Value) && ShouldInclude(spread.Directives):
                    visited.Add(spread.Name.Value);
                    if (fragments.TryGetValue(spread.Name.Value, out var fragment) && Applies(fragment.TypeCondition, type))
                    {
                        Collect(type, fragment.SelectionSet, fields, visited);
                    }

                    break;
            }
        }
    }

    private bool ShouldInclude(NodeList<DirectiveNode> directives)
    {
        if (directives.Count == 0)
        {
            return true;
        }

        if (ArgumentCoercion.DirectiveValues(_skip, directives, variables) is { } skip && skip.GetValueOrDefault("if") is true)
        {
            return false;
        }

        return ArgumentCoercion.DirectiveValues(_include, directives, variables) is not { } include || include.GetValueOrDefault("if") is not false;
    }

    /// <summary>graphql-js <c>doesFragmentConditionMatch</c>: no condition, the type itself, or an abstract type it belongs to.</summary>
    private bool Applies(NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = schema.GetType(condition.Name.Value) ?? IntrospectionTypes.Find(condition.Name.Value);
        return ReferenceEquals(conditionType, type) || (conditionType is { IsAbstractType: true } && schema.IsSubType(conditionType, type));
    }

    private sealed class SubfieldKeyComparer : IEqualityComparer<(ObjectType Type, IReadOnlyList<FieldNode> Nodes)>
    {
        public static SubfieldKeyComparer Instance { get; } = new();

        public bool Equals((ObjectType Type, IReadOnlyList<FieldNode> Nodes) x, (ObjectType Type, IReadOnlyList<FieldNode> Nodes) y) =>
            ReferenceEquals(x.Type, y.Type) && ReferenceEquals(x.Nodes, y.Nodes);

        public int GetHashCode((ObjectType Type, IReadOnlyList<FieldNode> Nodes) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Type), RuntimeHelpers.GetHashCode(obj.Nodes));
    }
}
