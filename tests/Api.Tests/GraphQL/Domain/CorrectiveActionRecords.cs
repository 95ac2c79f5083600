using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;
using CustomerComms.Domain.Customers;
using static CustomerComms.Api.Tests.GraphQL.Domain.QualityRecords;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

/// <summary>Complaints and corrective actions made through the domain for the corrective action tests.</summary>
internal static class CorrectiveActionRecords
{
    public static Complaint NewComplaint(Customer customer, ComplaintSeverity severity, DateTime receivedAt) =>
        new(new ComplaintNumber(2024, NextSequence()), customer, severity, ComplaintCategory.ProductQuality, "Leaking valve seal.", receivedAt, product: "Valve DN50");

    /// <summary>An action opened at <paramref name="openedAt" />, numbered in 2021 so that it never takes a number the API allocates.</summary>
    public static CorrectiveAction NewAction(string title, DateTime openedAt, Complaint? complaint = null, DateTime? dueAt = null, string owner = "Quality engineer") =>
        new(new CorrectiveActionNumber(2021, NextSequence()), complaint is null ? CorrectiveActionSource.Audit : CorrectiveActionSource.Complaint,
            title, "Recurring seal leaks on DN50 valves.", owner, openedAt, complaint, dueAt);

    /// <summary>Moves an action to <paramref name="status" /> with <paramref name="steps" /> steps (all completed unless it stays in progress).</summary>
    public static CorrectiveAction WorkedTo(this CorrectiveAction action, CorrectiveActionStatus status, int steps = 1)
    {
        var at = action.OpenedAt;
        if (status == CorrectiveActionStatus.Open)
        {
            for (var i = 1; i <= steps; i++)
            {
                action.AddStep($"Planned step {i}", "Planner", at.AddDays(10 * i));
            }

            return action;
        }

        action.Start(at = at.AddDays(1));
        for (var i = 1; i <= steps; i++)
        {
            action.AddStep($"Step {i}", "Line lead", at.AddDays(10 * i));
        }

        if (status == CorrectiveActionStatus.InProgress)
        {
            return action;
        }

        for (var i = 1; i <= steps; i++)
        {
            action.CompleteStep(i, at = at.AddDays(1), "Done.");
        }

        action.MarkImplemented(at = at.AddDays(1));
        if (status == CorrectiveActionStatus.Implemented)
        {
            return action;
        }

        action.VerifyEffectiveness(true, "No recurrence in 30 days.", "Quality manager", at = at.AddDays(30));
        if (status == CorrectiveActionStatus.Closed)
        {
            action.Close(at.AddDays(1));
        }

        return action;
    }
}
