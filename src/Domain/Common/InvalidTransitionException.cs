namespace CustomerComms.Domain.Common;

/// <summary>A workflow step was asked for in a state that does not allow it.</summary>
public sealed class InvalidTransitionException : DomainException
{
    public InvalidTransitionException(string entity, string from, string to, IReadOnlyList<string> allowed, string? reason = null)
        : base("INVALID_TRANSITION", Describe(entity, from, to, allowed, reason))
    {
        Entity = entity;
        From = from;
        To = to;
        Allowed = allowed;
    }

    public string Entity { get; }

    public string From { get; }

    public string To { get; }

    /// <summary>The states reachable from <see cref="From"/>.</summary>
    public IReadOnlyList<string> Allowed { get; }

    private static string Describe(string entity, string from, string to, IReadOnlyList<string> allowed, string? reason)
    {
        var message = $"{entity} cannot move from {from} to {to}";
        message += reason is null ? "." : $": {reason}.";
        return allowed.Count == 0
            ? message + $" {from} is final."
            : message + $" Allowed from {from}: {string.Join(", ", allowed)}.";
    }
}
