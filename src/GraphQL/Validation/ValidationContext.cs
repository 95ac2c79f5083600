using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Validation;

/// <summary>
/// What the rules of one validation share: the schema and document, the fragments by name, the types at the node
/// being visited, variable usages, and the errors reported so far.
/// </summary>
public sealed class ValidationContext
{
    private readonly TypeInfo _typeInfo;
    private readonly List<ValidationError> _errors = [];
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _referencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    internal ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, int maxErrors)
    {
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        MaxErrors = maxErrors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments[fragment.NameValue] = fragment;
            }
        }

        Fragments = fragments;
    }

    /// <summary>The schema the document is validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The fragment definitions by name (the last one wins when a name is defined twice).</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>How many errors are reported before validation stops.</summary>
    public int MaxErrors { get; }

    /// <summary>The errors reported so far.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>The output type of the current field or fragment, or null when unknown.</summary>
    public GraphQLType? Type => _typeInfo.Type;

    /// <summary>The composite type whose selection set is being visited, or null when unknown.</summary>
    public NamedType? ParentType => _typeInfo.ParentType;

    /// <summary>The input type expected at the current value, or null when unknown.</summary>
    public GraphQLType? InputType => _typeInfo.InputType;

    /// <summary>The input type around the current value (the list or input object holding it), or null.</summary>
    public GraphQLType? ParentInputType => _typeInfo.ParentInputType;

    /// <summary>The definition of the current field, or null when it is unknown or an introspection meta-field.</summary>
    public Field? FieldDef => _typeInfo.FieldDef;

    /// <summary>Whether the current field is an introspection meta-field (<c>__typename</c>, <c>__schema</c>, <c>__type</c>) valid where it is selected.</summary>
    public bool IsMetaField => _typeInfo.IsMetaField;

    /// <summary>The definition of the current directive, or null.</summary>
    public Directive? Directive => _typeInfo.Directive;

    /// <summary>The definition of the current argument, or null.</summary>
    public Argument? Argument => _typeInfo.Argument;

    /// <summary>The fragment named <paramref name="name" />, or null.</summary>
    /// <param name="name">The fragment name.</param>
    /// <returns>The definition, or null when the document does not define it.</returns>
    public FragmentDefinitionNode? GetFragment(string name) => Fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads in a selection set, including those inside its inline fragments and fields.</summary>
    /// <param name="selectionSet">The selection set.</param>
    /// <returns>The spreads, not following them into the fragments they name.</returns>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(selectionSet);
        while (toVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        toVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        toVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation uses, directly or through other fragments, each once.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The fragment definitions, in the order they are first reached.</returns>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_referencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var names = new List<string>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        AddSpreadNames(operation.SelectionSet, names, collected);
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is { } fragment)
            {
                fragments.Add(fragment);
                AddSpreadNames(fragment.SelectionSet, names, collected);
            }
        }

        _referencedFragments[operation] = fragments;
        return fragments;
    }

    private void AddSpreadNames(SelectionSetNode selectionSet, List<string> names, HashSet<string> collected)
    {
        foreach (var spread in GetFragmentSpreads(selectionSet))
        {
            if (collected.Add(spread.NameValue))
            {
                names.Add(spread.NameValue);
            }
        }
    }

    /// <summary>The variables used directly in an operation or fragment (not in the fragments it spreads).</summary>
    /// <param name="definition">The operation or fragment.</param>
    /// <returns>The usages, in source order.</returns>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            usages = VariableUsageCollector.Collect(Schema, definition);
            _variableUsages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variables used in an operation and in every fragment it uses, directly or not.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The usages: the operation's own first, then each fragment's.</returns>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            var all = new List<VariableUsage>(GetVariableUsages(operation));
            foreach (var fragment in GetRecursivelyReferencedFragments(operation))
            {
                all.AddRange(GetVariableUsages(fragment));
            }

            usages = all;
            _recursiveVariableUsages[operation] = usages;
        }

        return usages;
    }

    /// <summary>
    /// Records an error. When <see cref="MaxErrors" /> errors are already recorded, records graphql-js's
    /// "Too many validation errors" error instead and stops the validation.
    /// </summary>
    /// <param name="error">The error.</param>
    public void ReportError(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (_errors.Count >= MaxErrors)
        {
            var aborted = new ValidationAbortedException();
            _errors.Add(new ValidationError(aborted.Message, []));
            throw aborted;
        }

        _errors.Add(error);
    }
}
