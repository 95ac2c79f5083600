using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Requirements;
using Microsoft.EntityFrameworkCore;
using CustomerComms.Domain.Tests.Persistence;

namespace CustomerComms.Domain.Tests.Requirements;

public sealed class RequirementPersistenceTests : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    private TestDatabase _database = null!;

    [Fact]
    public async Task SaveChanges_ChangeAndReview_ReadBackWithChildren()
    {
        await using (var context = _database.NewContext())
        {
            var customer = new Customer("ACME", "Acme", CustomerSegment.Enterprise, "DE");
            context.Add(customer);
            await context.SaveChangesAsync();

            var requirement = new Requirement(RequirementSource.Customer, "Contract 88", "Pump", customer.Id, "Finish", "No scratches.", "Dana");
            var change = requirement.ApplyChange("No scratches over 1 mm.", "Tolerance", ["DWG-1042"], "Lee", At);
            change.RecordNotification("Sam", "Production", At.AddHours(1));
            var review = new RequirementReview("PO 1", customer.Id, "Dana", At);
            review.AddItem(requirement, ReviewItemOutcome.CanMeet);
            review.Decide(ReviewDecision.Accepted, "ok", At);
            context.AddRange(requirement, review);
            await context.SaveChangesAsync();
        }

        await using (var context = _database.NewContext())
        {
            var requirement = await context.Set<Requirement>()
                .Include(r => r.Changes).ThenInclude(c => c.DocumentsAmended)
                .Include(r => r.Changes).ThenInclude(c => c.Notifications)
                .SingleAsync();
            var review = await context.Set<RequirementReview>().Include(r => r.Items).SingleAsync();

            Assert.Equal(2, requirement.Revision);
            var change = Assert.Single(requirement.Changes);
            Assert.Equal("DWG-1042", Assert.Single(change.DocumentsAmended).Reference);
            Assert.Equal("Sam", Assert.Single(change.Notifications).Name);
            Assert.Equal(requirement.Id, Assert.Single(review.Items).RequirementId);
            Assert.Equal(ReviewDecision.Accepted, review.Decision);
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
