// Selections with the same response name, including those reached through fragments, can be merged into one field.
// https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
using System.Text;
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>
/// Selections with the same response name, including those reached through fragments, can be merged into one field.
/// </summary>
/// <remarks>
/// The fields and fragment names of each selection set are collected once, each pair of fragments is compared once
/// (per exclusivity), and each field map is compared with a fragment once, so the work stays polynomial however the
/// fragments nest.
/// </remarks>
/// <param name="context">The validation under way.</param>
public sealed partial class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _collected = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private SelectionSetNode? _inlineFragmentSelectionSet;

    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Field-Selection-Merging";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is InlineFragmentNode inline)
        {
            _inlineFragmentSelectionSet = inline.SelectionSet;
            return;
        }

        // An inline fragment's fields are compared as part of the selection set that holds it.
        if (node is not SelectionSetNode selectionSet || ReferenceEquals(selectionSet, _inlineFragmentSelectionSet))
        {
            return;
        }

        if (selectionSet.Selections.Count <= 1 && (selectionSet.Selections.Count == 0 || selectionSet.Selections[0] is not InlineFragmentNode))
        {
            return;
        }

        foreach (var conflict in FindConflictsWithinSelectionSet(Context.ParentType, selectionSet))
        {
            ReportError(
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                conflict.Fields1.Concat(conflict.Fields2));
        }
    }

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = Collect(parentType, selectionSet);
        foreach (var fields in collected.Fields.Values)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }

        if (collected.FragmentNames.Count != 0 && (collected.Fields.Count != 0 || collected.FragmentNames.Count > 1))
        {
            for (var i = 0; i < collected.FragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, collected.FragmentNames[i]);
                for (var j = i + 1; j < collected.FragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, collected.FragmentNames[i], collected.FragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldsAndFragments collected, string fragmentName)
    {
        if (collected.Fields.Count == 0)
        {
            return;
        }

        // A comparison made without exclusivity covers one made with it, not the other way round.
        if (collected.ComparedFragments.TryGetValue(fragmentName, out var comparedExclusive) && (!comparedExclusive || mutuallyExclusive))
        {
            return;
        }

        collected.ComparedFragments[fragmentName] = mutuallyExclusive;
        if (Context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentCollected = CollectFragment(fragment);
        if (ReferenceEquals(collected, fragmentCollected))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, collected, fragmentCollected);
        foreach (var referenced in fragmentCollected.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        if (fragmentName1 == fragmentName2 || WereCompared(fragmentName1, fragmentName2, mutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs[(fragmentName1, fragmentName2)] = mutuallyExclusive;
        if (Context.GetFragment(fragmentName1) is not { } fragment1 || Context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var collected1 = CollectFragment(fragment1);
        var collected2 = CollectFragment(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var referenced2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, referenced2);
        }

        foreach (var referenced1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced1, fragmentName2);
        }
    }

    // A pair compared without exclusivity covers both cases; one compared with it covers only exclusive comparisons.
    private bool WereCompared(string a, string b, bool mutuallyExclusive)
    {
        foreach (var key in (ReadOnlySpan<(string, string)>)[(a, b), (b, a)])
        {
            if (_comparedFragmentPairs.TryGetValue(key, out var comparedExclusive) && (mutuallyExclusive || !comparedExclusive))
            {
                return true;
            }
        }

        return false;
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collected1 = Collect(parentType1, selectionSet1);
        var collected2 = Collect(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var fragmentName2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected1, fragmentName2);
        }

        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected2, fragmentName1);
        }

        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            foreach (var fragmentName2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldsAndFragments collected1, FieldsAndFragments collected2)
    {
        foreach (var (responseName, fields1) in collected1.Fields)
        {
            if (!collected2.Fields.TryGetValue(responseName, out var fields2))
            {
                continue;
            }

            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(mutuallyExclusive, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentsMutuallyExclusive, FieldEntry field1, FieldEntry field2)
    {
        // Fields on two different object types can never apply to the same object, so only their shapes must agree.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var responseName = field1.ResponseName;
        if (!mutuallyExclusive)
        {
            var name1 = node1.NameValue;
            var name2 = node2.NameValue;
            if (name1 != name2)
            {
                return new Conflict(responseName, $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields", [node1], [node2]);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        if (field1.Type is { } type1 && field2.Type is { } type2 && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(mutuallyExclusive, field1.Type?.GetNamedType(), selectionSet1, field2.Type?.GetNamedType(), selectionSet2);
            return SubfieldConflicts(subConflicts, responseName, node1, node2);
        }

        return null;
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? string.Empty : " and ")
                .Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(responseName, Abbreviate(message.ToString()), ConflictNodes(node1, conflicts, c => c.Fields1), ConflictNodes(node2, conflicts, c => c.Fields2));
    }

    // The enclosing field, then the fields of each sub-conflict, keeping the deepest ones when there are too many.
    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, IReadOnlyList<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var fields = side(conflict);
            var remaining = MaxConflictNodes - nodes.Count;
            nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private sealed record Conflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);
}
