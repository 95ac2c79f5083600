using CustomerComms.Domain.Common;
using CustomerComms.Domain.Contingency;

namespace CustomerComms.Domain.Tests.Contingency;

public sealed class ContingencyPlanTests
{
    private static readonly DateTime At = new(2026, 2, 1, 9, 0, 0, DateTimeKind.Utc);

    private static ContingencyPlan NewPlan() => new(
        "Line 2 stoppage", "Pump P-100 deliveries", 7, "Line 2 down for more than 24 hours",
        "Ship from safety stock; move orders to line 3", "Customer buyer J. Smith, +49 30 1234", "Ops manager");

    [Fact]
    public void Invoke_Draft_IsRefused()
    {
        var plan = NewPlan();

        var error = Assert.Throws<DomainValidationException>(() => plan.Invoke(At, "Line 2 fire"));

        Assert.Equal("status", error.Field);
        Assert.Empty(plan.Invocations);
    }

    [Fact]
    public void Invoke_Active_RecordsInvocationAndOutcome()
    {
        var plan = NewPlan();
        plan.Activate();

        var invocation = plan.Invoke(At, "Line 2 fire");
        plan.RecordOutcome(invocation, "All orders shipped on time from stock.", At.AddDays(3));

        Assert.Equal("All orders shipped on time from stock.", Assert.Single(plan.Invocations).Outcome);
        Assert.Equal(At.AddDays(3), invocation.EndedAt);
    }

    [Fact]
    public void RecordOutcome_Twice_IsRefused()
    {
        var plan = NewPlan();
        plan.Activate();
        var invocation = plan.Invoke(At, "Fire");
        plan.RecordOutcome(invocation, "First", At.AddDays(1));

        var error = Assert.Throws<DomainValidationException>(() => plan.RecordOutcome(invocation, "Second", At.AddDays(2)));

        Assert.Equal("outcome", error.Field);
        Assert.Equal("First", invocation.Outcome);
    }

    [Fact]
    public void Retire_Retired_IsRefusedAsFinal()
    {
        var plan = NewPlan();
        plan.Retire();

        var error = Assert.Throws<InvalidTransitionException>(plan.Activate);

        Assert.Empty(error.Allowed);
        Assert.Equal(ContingencyPlanStatus.Retired, plan.Status);
    }

    [Fact]
    public void Workflow_ActiveBackToDraft_IsAllowed()
    {
        var plan = NewPlan();
        plan.Activate();

        plan.ReturnToDraft();

        Assert.Equal(ContingencyPlanStatus.Draft, plan.Status);
        Assert.Equal([ContingencyPlanStatus.Active, ContingencyPlanStatus.Retired], plan.AllowedTransitions);
    }

    [Fact]
    public void RecordTest_EarlierThanLast_IsRefused()
    {
        var plan = NewPlan();
        plan.RecordTest(At, "Table-top exercise");

        var error = Assert.Throws<DomainValidationException>(() => plan.RecordTest(At.AddDays(-1), null));

        Assert.Equal("at", error.Field);
        Assert.Equal(At, plan.LastTestedAt);
    }

    [Fact]
    public void Revise_BlankTrigger_NamesTriggerAndChangesNothing()
    {
        var plan = NewPlan();

        var error = Assert.Throws<DomainValidationException>(() => plan.Revise("New title", null, null, " ", "a", "w", "o"));

        Assert.Equal("trigger", error.Field);
        Assert.Equal("Line 2 stoppage", plan.Title);
        Assert.Equal(7, plan.CustomerId);
    }
}
