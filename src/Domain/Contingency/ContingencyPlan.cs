using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Contingency;

/// <summary>
/// Contingency actions agreed with customers (ISO 9001 §8.2.1 e): what triggers them, what is done, who is told,
/// when the plan was last tested, and each time it was invoked. Status changes follow <see cref="ContingencyWorkflow"/>.
/// </summary>
public sealed class ContingencyPlan : Entity
{
    public const int TitleMaxLength = 200;
    public const int ScopeMaxLength = 1000;
    public const int TriggerMaxLength = 2000;
    public const int ActionsMaxLength = 8000;
    public const int ContactsMaxLength = 2000;
    public const int OwnerMaxLength = 200;
    public const int TestNotesMaxLength = 2000;

    private readonly List<ContingencyInvocation> _invocations = [];

    private ContingencyPlan()
    {
    }

    /// <param name="scope">What the plan covers (a product, a site, a service); null for everything.</param>
    /// <param name="customerId">The customer it was agreed with; null for a plan that applies to all customers.</param>
    /// <param name="whoIsTold">The people and roles informed when the plan is invoked, with how to reach them.</param>
    public ContingencyPlan(string title, string? scope, int? customerId, string trigger, string agreedActions, string whoIsTold, string owner)
    {
        var details = Valid(title, scope, customerId, trigger, agreedActions, whoIsTold, owner);
        Apply(details);
        Status = ContingencyPlanStatus.Draft;
    }

    public string Title { get; private set; } = "";

    public string? Scope { get; private set; }

    public int? CustomerId { get; private set; }

    /// <summary>The event or condition that puts the plan into action.</summary>
    public string Trigger { get; private set; } = "";

    public string AgreedActions { get; private set; } = "";

    public string WhoIsTold { get; private set; } = "";

    public string Owner { get; private set; } = "";

    public ContingencyPlanStatus Status { get; private set; }

    public DateTime? LastTestedAt { get; private set; }

    public string? LastTestNotes { get; private set; }

    /// <summary>The invocations loaded with the plan, oldest first.</summary>
    public IReadOnlyList<ContingencyInvocation> Invocations => _invocations;

    public IReadOnlyList<ContingencyPlanStatus> AllowedTransitions => ContingencyWorkflow.AllowedFrom(Status);

    /// <summary>Changes the plan's content; not once retired.</summary>
    public void Revise(string title, string? scope, int? customerId, string trigger, string agreedActions, string whoIsTold, string owner)
    {
        var details = Valid(title, scope, customerId, trigger, agreedActions, whoIsTold, owner);
        if (Status == ContingencyPlanStatus.Retired)
        {
            throw new DomainValidationException("status", "A retired plan cannot be revised.");
        }

        Apply(details);
    }

    public void Activate() => MoveTo(ContingencyPlanStatus.Active);

    public void ReturnToDraft() => MoveTo(ContingencyPlanStatus.Draft);

    public void Retire() => MoveTo(ContingencyPlanStatus.Retired);

    /// <summary>Records an exercise or test of the plan; a later test replaces an earlier one as the last tested.</summary>
    public void RecordTest(DateTime at, string? notes)
    {
        var validAt = Require.Utc(at, "at");
        var validNotes = Require.OptionalText(notes, "notes", TestNotesMaxLength);
        if (Status == ContingencyPlanStatus.Retired)
        {
            throw new DomainValidationException("status", "A retired plan is not tested.");
        }

        if (LastTestedAt is DateTime last && validAt < last)
        {
            throw new DomainValidationException("at", "at cannot be before the last test.");
        }

        LastTestedAt = validAt;
        LastTestNotes = validNotes;
    }

    /// <summary>Puts the plan into action; only an active plan can be invoked.</summary>
    public ContingencyInvocation Invoke(DateTime at, string reason)
    {
        var validAt = Require.Utc(at, "at");
        var validReason = Require.Text(reason, "reason", ContingencyInvocation.ReasonMaxLength);
        if (Status != ContingencyPlanStatus.Active)
        {
            throw new DomainValidationException("status", $"The plan is {Status}; only an active plan can be invoked.");
        }

        var invocation = new ContingencyInvocation(validAt, validReason);
        _invocations.Add(invocation);
        return invocation;
    }

    /// <summary>Records how an invocation ended; once only.</summary>
    public void RecordOutcome(ContingencyInvocation invocation, string outcome, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var own = _invocations.FirstOrDefault(i => ReferenceEquals(i, invocation))
            ?? throw new DomainValidationException("invocationId", "The invocation is not one of this plan's.");
        var validOutcome = Require.Text(outcome, "outcome", ContingencyInvocation.OutcomeMaxLength);
        var validAt = Require.NotBefore(Require.Utc(at, "at"), own.InvokedAt, "at", "invokedAt");
        if (own.Outcome is not null)
        {
            throw new DomainValidationException("outcome", "The invocation's outcome is recorded already.");
        }

        own.End(validOutcome, validAt);
    }

    private void MoveTo(ContingencyPlanStatus to)
    {
        ContingencyWorkflow.EnsureCanMove(Status, to);
        Status = to;
    }

    private void Apply(Details details)
    {
        Title = details.Title;
        Scope = details.Scope;
        CustomerId = details.CustomerId;
        Trigger = details.Trigger;
        AgreedActions = details.AgreedActions;
        WhoIsTold = details.WhoIsTold;
        Owner = details.Owner;
    }

    private static Details Valid(string title, string? scope, int? customerId, string trigger, string agreedActions, string whoIsTold, string owner)
    {
        return new Details(
            Require.Text(title, "title", TitleMaxLength),
            Require.OptionalText(scope, "scope", ScopeMaxLength),
            customerId is int id ? Require.Positive(id, "customerId") : null,
            Require.Text(trigger, "trigger", TriggerMaxLength),
            Require.Text(agreedActions, "agreedActions", ActionsMaxLength),
            Require.Text(whoIsTold, "whoIsTold", ContactsMaxLength),
            Require.Text(owner, "owner", OwnerMaxLength));
    }

    private sealed record Details(string Title, string? Scope, int? CustomerId, string Trigger, string AgreedActions, string WhoIsTold, string Owner);
}
