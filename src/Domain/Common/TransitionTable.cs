namespace CustomerComms.Domain.Common;

/// <summary>
/// A workflow's table of status changes: what each status may move to. It answers whether a move is allowed and
/// builds the <see cref="InvalidTransitionException"/> that names the allowed targets when it is not.
/// </summary>
/// <typeparam name="TState">The status enum.</typeparam>
public sealed class TransitionTable<TState>
    where TState : struct, Enum
{
    private readonly string _entity;

    /// <param name="entity">The record the statuses belong to, as errors name it (e.g. <c>Complaint</c>).</param>
    /// <param name="transitions">Every status with the statuses it may move to (none for a final status).</param>
    public TransitionTable(string entity, IReadOnlyDictionary<TState, IReadOnlyList<TState>> transitions)
    {
        _entity = entity;
        Transitions = transitions;
    }

    public IReadOnlyDictionary<TState, IReadOnlyList<TState>> Transitions { get; }

    public IReadOnlyList<TState> AllowedFrom(TState from) => Transitions[from];

    public bool CanMove(TState from, TState to) => Transitions[from].Contains(to);

    /// <summary>Throws <see cref="InvalidTransitionException"/> unless the table allows <paramref name="from"/> → <paramref name="to"/>.</summary>
    public void EnsureCanMove(TState from, TState to, string? reason = null)
    {
        if (!CanMove(from, to))
        {
            throw Refused(from, to, reason);
        }
    }

    public InvalidTransitionException Refused(TState from, TState to, string? reason = null)
    {
        return new InvalidTransitionException(_entity, from.ToString(), to.ToString(), [.. AllowedFrom(from).Select(s => s.ToString())], reason);
    }
}
