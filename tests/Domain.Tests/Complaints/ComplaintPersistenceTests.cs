using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using CustomerComms.Domain.Tests.Persistence;

namespace CustomerComms.Domain.Tests.Complaints;

public sealed class ComplaintPersistenceTests : IAsyncLifetime
{
    private static readonly DateTime Received = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private TestDatabase _database = null!;

    [Fact]
    public async Task SaveChanges_ComplaintWithOriginatingCommunication_ReadsBackNavigable()
    {
        await using (var context = _database.NewContext())
        {
            var customer = new Customer("ACME", "Acme", CustomerSegment.Enterprise, "DE");
            var contact = customer.AddContact("Ann Lee", isPrimary: true);
            var inbound = new Communication(
                customer, CommunicationKind.Complaint, CommunicationDirection.Inbound, CommunicationChannel.Email,
                "Scratches", "Every unit of lot 7 is scratched.", Received, "sam", contact);
            inbound.AddLink(LinkTargetType.Requirement, 3);
            var complaint = new Complaint(
                new ComplaintNumber(2026, 1), customer, ComplaintSeverity.High, ComplaintCategory.ProductQuality,
                "Scratched housings", Received, inbound, "Pump P-100", "LOT-7");
            complaint.Acknowledge(Received.AddHours(2));
            var acknowledgement = new Communication(
                customer, CommunicationKind.Complaint, CommunicationDirection.Outbound, CommunicationChannel.Email,
                "We received your complaint CMP-2026-00001", null, Received.AddHours(2), "sam", contact);
            acknowledgement.AssignToComplaint(complaint);
            context.AddRange(customer, inbound, complaint, acknowledgement);
            await context.SaveChangesAsync();
        }

        await using (var context = _database.NewContext())
        {
            var complaint = await context.Set<Complaint>()
                .Include(c => c.Communications)
                .Include(c => c.OriginatingCommunication).ThenInclude(m => m!.Links)
                .Include(c => c.Customer).ThenInclude(c => c.Contacts)
                .SingleAsync(c => c.Number == "CMP-2026-00001");

            var followUp = Assert.Single(complaint.Communications);
            Assert.Equal(CommunicationDirection.Outbound, followUp.Direction);
            Assert.Equal(complaint.Id, followUp.ComplaintId);
            var communication = complaint.OriginatingCommunication!;
            Assert.Equal(CommunicationDirection.Inbound, communication.Direction);
            Assert.Null(communication.ComplaintId);
            Assert.Equal(ComplaintStatus.Acknowledged, complaint.Status);
            Assert.Equal(DateTimeKind.Utc, complaint.ResponseDueAt.Kind);
            Assert.Equal(Received.AddDays(5), complaint.ResponseDueAt);
            Assert.Single(communication.Links);
            Assert.True(Assert.Single(complaint.Customer.Contacts).IsPrimary);
            Assert.Equal(1, complaint.Version);
        }
    }

    [Fact]
    public async Task NextAsync_EmptyYear_StartsAtOne()
    {
        await using var context = _database.NewContext();

        var number = await new ComplaintNumberAllocator(context).NextAsync(2026);

        Assert.Equal("CMP-2026-00001", number.ToString());
    }

    [Fact]
    public async Task NextAsync_SavedAndPendingComplaints_FollowsTheHighestOfTheYear()
    {
        await using var context = _database.NewContext();
        var customer = new Customer("ACME", "Acme", CustomerSegment.Enterprise, "DE");
        context.Add(customer);
        context.Add(NewComplaint(customer, new ComplaintNumber(2026, 9)));
        context.Add(NewComplaint(customer, new ComplaintNumber(2026, 10)));
        context.Add(NewComplaint(customer, new ComplaintNumber(2025, 500)));
        await context.SaveChangesAsync();
        var allocator = new ComplaintNumberAllocator(context);

        Assert.Equal(new ComplaintNumber(2026, 11), await allocator.NextAsync(2026));
        Assert.Equal(new ComplaintNumber(2025, 501), await allocator.NextAsync(2025));

        context.Add(NewComplaint(customer, new ComplaintNumber(2026, 11)));
        Assert.Equal(new ComplaintNumber(2026, 12), await allocator.NextAsync(2026));
    }

    [Fact]
    public async Task SaveChanges_DuplicateNumber_Refused()
    {
        await using var context = _database.NewContext();
        var customer = new Customer("ACME", "Acme", CustomerSegment.Enterprise, "DE");
        context.Add(customer);
        context.Add(NewComplaint(customer, new ComplaintNumber(2026, 1)));
        context.Add(NewComplaint(customer, new ComplaintNumber(2026, 1)));

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveChanges_DuplicateCustomerCode_Refused()
    {
        await using var context = _database.NewContext();
        context.Add(new Customer("ACME", "Acme", CustomerSegment.Enterprise, "DE"));
        context.Add(new Customer("acme", "Acme again", CustomerSegment.Consumer, "FR"));

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
    }

    private static Complaint NewComplaint(Customer customer, ComplaintNumber number)
    {
        return new Complaint(number, customer, ComplaintSeverity.Low, ComplaintCategory.Service, "Slow reply", Received);
    }
}
