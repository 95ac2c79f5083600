using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;
using CustomerComms.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using CustomerComms.Domain.Tests.Persistence;

namespace CustomerComms.Domain.Tests.CorrectiveActions;

public sealed class CorrectiveActionPersistenceTests : IAsyncLifetime
{
    private static readonly DateTime Opened = new(2026, 4, 1, 8, 0, 0, DateTimeKind.Utc);

    private TestDatabase _database = null!;

    [Fact]
    public async Task SaveChanges_ActionFromComplaintWithSteps_ReadsBackAndNextNumberFollows()
    {
        await using (var context = _database.NewContext())
        {
            var customer = new Customer("ACME", "Acme", CustomerSegment.Enterprise, "DE");
            var complaint = new Complaint(
                new ComplaintNumber(2026, 1), customer, ComplaintSeverity.High, ComplaintCategory.ProductQuality, "Scratches", Opened);
            var allocator = new CorrectiveActionNumberAllocator(context);
            var action = new CorrectiveAction(
                await allocator.NextAsync(2026), CorrectiveActionSource.Complaint, "Scratched housings", "Lot 7", "qa.lead", Opened, complaint);
            action.AddStep("Replace worn tool", "maintenance", Opened.AddDays(7));
            action.AddStep("Train operators", "training", Opened.AddDays(14));
            context.AddRange(customer, complaint, action);
            await context.SaveChangesAsync();
        }

        await using (var context = _database.NewContext())
        {
            var action = await context.Set<CorrectiveAction>().Include(a => a.Steps).SingleAsync();

            Assert.Equal("CA-2026-00001", action.Number);
            Assert.NotNull(action.ComplaintId);
            Assert.Equal([1, 2], action.Steps.Select(s => s.Number).Order());
            Assert.Equal(new CorrectiveActionNumber(2026, 2), await new CorrectiveActionNumberAllocator(context).NextAsync(2026));
        }
    }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
    }
}
