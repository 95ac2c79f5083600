// No fragment spreads itself, directly or through other fragments.
// https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>No fragment spreads itself, directly or through other fragments.</summary>
/// <param name="context">The validation under way.</param>
public sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles";

    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            DetectCycles(fragment);
        }
    }

    // A depth-first search from each fragment not reached yet; every fragment is searched from only once.
    private void DetectCycles(FragmentDefinitionNode fragment)
    {
        var fragmentName = fragment.NameValue;
        if (!_visited.Add(fragmentName))
        {
            return;
        }

        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.NameValue;
            _spreadPath.Add(spread);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycles(spreadFragment);
                }
            }
            else
            {
                var cyclePath = _spreadPath[cycleIndex..];
                var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => "\"" + s.NameValue + "\""));
                ReportError($"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length == 0 ? "." : $" via {via}."), cyclePath);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndexByName.Remove(fragmentName);
    }
}
