using System.Runtime.CompilerServices;
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// One <see cref="FieldCollector" /> per document and schema, shared by every request that executes the document
/// (documents are cached by the request pipeline), so its collected fields are worked out once rather than per
/// request. Only documents whose <c>@skip</c> and <c>@include</c> arguments hold no variables share: for the
/// others the fields collected depend on the request's variables.
/// </summary>
internal static class SharedFieldCollectors
{
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();
    private static readonly ConditionalWeakTable<DocumentNode, DocumentEntry> Entries = [];

    /// <summary>The collector for executing <paramref name="document" /> with <paramref name="variables" />.</summary>
    public static FieldCollector For(Schema schema, DocumentNode document, IReadOnlyDictionary<string, object?> variables)
    {
        var entry = Entries.GetValue(document, static document => new DocumentEntry(document));
        if (entry.DependsOnVariables)
        {
            return new FieldCollector(schema, entry.Fragments, variables);
        }

        var shared = entry.Shared;
        if (shared is not null && ReferenceEquals(shared.Schema, schema))
        {
            return shared;
        }

        shared = new FieldCollector(schema, entry.Fragments, NoVariables);
        entry.Shared = shared;
        return shared;
    }

    private sealed class DocumentEntry
    {
        private static readonly Dictionary<string, FragmentDefinitionNode> NoFragments = [];

        public DocumentEntry(DocumentNode document)
        {
            Dictionary<string, FragmentDefinitionNode>? fragments = null;
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case FragmentDefinitionNode fragment:
                        fragments ??= new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
                        fragments.TryAdd(fragment.NameValue, fragment);
                        DependsOnVariables |= HasVariableDirective(fragment.SelectionSet);
                        break;
                    case OperationDefinitionNode operation:
                        DependsOnVariables |= HasVariableDirective(operation.SelectionSet);
                        break;
                }
            }

            Fragments = fragments ?? NoFragments;
        }

        /// <summary>The document's fragments by name (the first of a name).</summary>
        public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

        /// <summary>Whether a directive in a selection set has an argument holding a variable.</summary>
        public bool DependsOnVariables { get; }

        /// <summary>The collector of the schema last used; replaced when another schema executes the document.</summary>
        public FieldCollector? Shared { get; set; }

        private static bool HasVariableDirective(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                var (directives, subselections) = selection switch
                {
                    FieldNode field => (field.Directives, field.SelectionSet),
                    InlineFragmentNode inline => (inline.Directives, inline.SelectionSet),
                    _ => (((FragmentSpreadNode)selection).Directives, null),
                };
                foreach (var directive in directives)
                {
                    foreach (var argument in directive.Arguments)
                    {
                        if (HasVariable(argument.Value))
                        {
                            return true;
                        }
                    }
                }

                if (subselections is not null && HasVariableDirective(subselections))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasVariable(ValueNode value) => value switch
        {
            VariableNode => true,
            ListValueNode list => list.Values.Any(HasVariable),
            ObjectValueNode objectValue => objectValue.Fields.Any(field => HasVariable(field.Value)),
            _ => false,
        };
    }
}
