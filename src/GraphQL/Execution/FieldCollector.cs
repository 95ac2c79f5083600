using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;
using CustomerComms.GraphQL.Types.Introspection;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// Collects the fields a selection set selects on an object type (graphql-js <c>collectFields</c>): honours
/// <c>@skip</c> and <c>@include</c>, expands fragments whose type condition applies (each named fragment once), and
/// groups field nodes by response key in selection order, each with its field definition. Subfield collections
/// are cached per request by object type and field nodes, so a list of N objects collects once.
/// </summary>
internal sealed class FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
{
    private RootFields? _root;
    private ConcurrentDictionary<(ObjectType Type, List<FieldNode> Nodes), SelectedFields>? _subfields;
    private readonly Directive _skip = schema.GetDirective("skip") ?? BuiltInDirectives.Skip;
    private readonly Directive _include = schema.GetDirective("include") ?? BuiltInDirectives.Include;

    /// <summary>The schema the fields are collected on.</summary>
    public Schema Schema => schema;

    /// <summary>The fields of an operation's selection set; the same instance for the same operation.</summary>
    public SelectedFields CollectRoot(ObjectType type, SelectionSetNode selectionSet)
    {
        if (_root is { } root && ReferenceEquals(root.Type, type) && ReferenceEquals(root.SelectionSet, selectionSet))
        {
            return root.Fields;
        }

        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        Collect(type, selectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        var selected = Select(type, fields);
        _root = new RootFields(type, selectionSet, selected);
        return selected;
    }

    /// <summary>The merged subfields of <paramref name="field" /> for a value that completes to <paramref name="type" />.</summary>
    public SelectedFields CollectSubfields(ObjectType type, CollectedField field)
    {
        if (field.SubfieldsFor(type) is { } remembered)
        {
            return remembered;
        }

        // Only fields whose values are of several object types (abstract fields) get here more than once.
        var subfields = LazyInitializer.EnsureInitialized(ref _subfields, static () => new(SubfieldKeyComparer.Instance));
        var fields = subfields.GetOrAdd((type, field.Nodes), static (key, collector) => collector.CollectSubfields(key.Type, key.Nodes), this);
        field.RememberSubfields(type, fields);
        return fields;
    }

    private SelectedFields CollectSubfields(ObjectType type, List<FieldNode> nodes)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is not null)
            {
                Collect(type, node.SelectionSet, fields, visited);
            }
        }

        return Select(type, fields);
    }

    /// <summary>The collected fields with their definitions; fields the type does not define are left out.</summary>
    private SelectedFields Select(ObjectType type, OrderedDictionary<string, List<FieldNode>> fields)
    {
        var selected = new List<CollectedField>(fields.Count);
        foreach (var (key, nodes) in fields)
        {
            if (FieldDefinition(type, nodes[0].NameValue) is { } definition)
            {
                selected.Add(new CollectedField(key, definition, nodes));
            }
        }

        return new SelectedFields([.. selected]);
    }

    /// <summary>The field definition, including the introspection fields <c>__typename</c>, and <c>__schema</c> and <c>__type</c> on the query type.</summary>
    private Field? FieldDefinition(ObjectType parentType, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name == IntrospectionFields.TypeName.Name)
            {
                return IntrospectionFields.TypeName;
            }

            if (ReferenceEquals(parentType, schema.QueryType))
            {
                if (name == IntrospectionFields.Schema.Name)
                {
                    return IntrospectionFields.Schema;
                }

                if (name == IntrospectionFields.Type.Name)
                {
                    return IntrospectionFields.Type;
                }
            }
        }

        return parentType.GetField(name);
    }

    private void Collect(ObjectType type, SelectionSetNode selectionSet, OrderedDictionary<string, List<FieldNode>> fields, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when ShouldInclude(field.Directives):
                    var key = field.ResponseKey;
                    if (!fields.TryGetValue(key, out var nodes))
                    {
                        fields[key] = nodes = [];
                    }

                    nodes.Add(field);
                    break;
                case InlineFragmentNode inline when ShouldInclude(inline.Directives) && Applies(inline.TypeCondition, type):
                    Collect(type, inline.SelectionSet, fields, visited);
                    break;
                case FragmentSpreadNode spread when !visited.Contains(spread.NameValue) && ShouldInclude(spread.Directives):
                    visited.Add(spread.NameValue);
                    if (fragments.TryGetValue(spread.NameValue, out var fragment) && Applies(fragment.TypeCondition, type))
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

        var conditionType = schema.GetType(condition.NameValue) ?? IntrospectionTypes.Find(condition.NameValue);
        return ReferenceEquals(conditionType, type) || (conditionType is { IsAbstractType: true } && schema.IsSubType(conditionType, type));
    }

    /// <summary>The root fields last collected, as one immutable entry for readers on other threads.</summary>
    private sealed record RootFields(ObjectType Type, SelectionSetNode SelectionSet, SelectedFields Fields);

    private sealed class SubfieldKeyComparer : IEqualityComparer<(ObjectType Type, List<FieldNode> Nodes)>
    {
        public static SubfieldKeyComparer Instance { get; } = new();

        public bool Equals((ObjectType Type, List<FieldNode> Nodes) x, (ObjectType Type, List<FieldNode> Nodes) y) =>
            ReferenceEquals(x.Type, y.Type) && ReferenceEquals(x.Nodes, y.Nodes);

        public int GetHashCode((ObjectType Type, List<FieldNode> Nodes) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Type), RuntimeHelpers.GetHashCode(obj.Nodes));
    }
}
