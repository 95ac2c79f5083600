using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Contingency;

/// <summary>One time a contingency plan was put into action, why, and how it turned out.</summary>
public sealed class ContingencyInvocation : Entity
{
    public const int ReasonMaxLength = 2000;
    public const int OutcomeMaxLength = 4000;

    private ContingencyInvocation()
    {
    }

    internal ContingencyInvocation(DateTime invokedAt, string reason)
    {
        InvokedAt = invokedAt;
        Reason = reason;
    }

    public int ContingencyPlanId { get; private set; }

    public DateTime InvokedAt { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>Null while the invocation is still running.</summary>
    public string? Outcome { get; private set; }

    public DateTime? EndedAt { get; private set; }

    internal void End(string outcome, DateTime at)
    {
        Outcome = outcome;
        EndedAt = at;
    }
}
