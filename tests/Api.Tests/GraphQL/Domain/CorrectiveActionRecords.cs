using System.Globalization;
using System.Text;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

/// <summary>Stores customers, complaints and corrective actions through the domain for the corrective action tests.</summary>
internal static class CorrectiveActionRecords
{
    private static int _sequence;

    /// <summary>A time well before every test's "now", so that every later operation may be dated after it.</summary>
    public static DateTime Past { get; } = DateTime.UtcNow.Date.AddDays(-200);

    /// <summary>A fresh text to tell one test's records from the others in the same database.</summary>
    public static string NewPrefix() => "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public static int NextSequence() => Interlocked.Increment(ref _sequence);

    public static Customer NewCustomer(string prefix) => new($"{prefix}-{NextSequence()}", $"{prefix} customer", CustomerSegment.MidMarket, "DE");

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

    /// <summary>Stores the records <paramref name="create" /> makes and returns the first one's key.</summary>
    public static Task<T> StoreAsync<T>(this DomainApi api, Func<T> create)
        where T : class =>
        api.StoreAsync(db =>
        {
            var record = create();
            db.Add(record);
            return record;
        });

    /// <summary>How many audit entries name the record.</summary>
    public static int AuditEntries(this DomainApi api, string entityType, int id)
    {
        using var scope = api.Server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CustomerCommsDbContext>();
        return db.AuditEntries.Count(e => e.EntityType == entityType && e.EntityId == id);
    }

    /// <summary>The key inside a global id.</summary>
    public static int KeyOf(string globalId)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(globalId));
        return int.Parse(text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
    }
}
