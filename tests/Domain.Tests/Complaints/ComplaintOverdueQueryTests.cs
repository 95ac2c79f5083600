using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.Tests.Complaints;

public sealed class ComplaintOverdueQueryTests : IAsyncLifetime
{
    private static readonly DateTime Received = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private TestDatabase _database = null!;

    public static TheoryData<double> HoursAfterReceipt => [1, 5, 30, 50, 80, 200, 600];

    [Theory]
    [MemberData(nameof(HoursAfterReceipt))]
    public async Task OverdueAt_InSql_MatchesIsOverdueOfEachComplaint(double hours)
    {
        var at = Received.AddHours(hours);
        await using var context = _database.NewContext();
        var all = await context.Set<Complaint>().ToListAsync();

        var overdue = await context.Set<Complaint>().Where(Complaint.OverdueAt(at)).Select(c => c.Number).ToListAsync();

        Assert.Equal(all.Where(c => c.IsOverdue(at)).Select(c => c.Number).Order(), overdue.Order());
    }

    [Fact]
    public async Task OverdueAt_PausedBeforeTheDueTime_IsNotOverdueWhilePaused()
    {
        await using var context = _database.NewContext();

        var overdue = await context.Set<Complaint>().Where(Complaint.OverdueAt(Received.AddDays(30))).Select(c => c.Number).ToListAsync();

        Assert.DoesNotContain("CMP-2026-00004", overdue);
        Assert.Contains("CMP-2026-00005", overdue);
        Assert.DoesNotContain("CMP-2026-00007", overdue);
    }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var context = _database.NewContext();
        var customer = new Customer("ACME", "Acme", CustomerSegment.Enterprise, "DE");
        context.Add(customer);
        var sequence = 0;
        Complaint New(ComplaintSeverity severity)
        {
            var complaint = new Complaint(new ComplaintNumber(2026, ++sequence), customer, severity, ComplaintCategory.Delivery, "Late delivery", Received);
            context.Add(complaint);
            return complaint;
        }

        // 1: never acknowledged (critical: due after 4 h, response after 48 h).
        New(ComplaintSeverity.Critical);

        // 2: acknowledged in time, never responded (high: due after 24 h and 120 h).
        New(ComplaintSeverity.High).Acknowledge(Received.AddHours(2));

        // 3: acknowledged late.
        New(ComplaintSeverity.Critical).Acknowledge(Received.AddHours(10));

        // 4: paused before the acknowledgement was due, still paused.
        New(ComplaintSeverity.Critical).PauseSla(Received.AddHours(1), "Waiting for photos");

        // 5: paused after the acknowledgement was due, still paused.
        New(ComplaintSeverity.Critical).PauseSla(Received.AddHours(6), "Waiting for photos");

        // 6: paused and resumed: the due times moved later by the pause.
        var resumed = New(ComplaintSeverity.Critical);
        resumed.PauseSla(Received.AddHours(1));
        resumed.ResumeSla(Received.AddHours(41));

        // 7: worked through and closed.
        var closed = New(ComplaintSeverity.Medium);
        closed.Acknowledge(Received.AddHours(1));
        closed.Assess(ComplaintSeverity.Medium, false, null, Received.AddHours(2));
        closed.StartInvestigation(Received.AddHours(3));
        closed.Respond("Replaced.", Received.AddHours(4));
        closed.Close(true, 4, Received.AddHours(5));
        await context.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
    }
}
