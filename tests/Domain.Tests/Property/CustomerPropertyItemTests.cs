using CustomerComms.Domain.Common;
using CustomerComms.Domain.Property;

namespace CustomerComms.Domain.Tests.Property;

public sealed class CustomerPropertyItemTests
{
    private static readonly DateTime Received = new(2026, 1, 10, 9, 0, 0, DateTimeKind.Utc);

    private static CustomerPropertyItem NewItem() => new(
        7, "Injection mould for housing H-2", PropertyKind.Tooling, Received, "Good, no visible wear", "Store B, rack 4", "MLD-552");

    [Fact]
    public void ReportIssue_Damaged_MovesToDamagedAndAwaitsReporting()
    {
        var item = NewItem();

        var issue = item.ReportIssue(PropertyIssueKind.Damaged, "Cracked cavity insert", Received.AddDays(20), "Sam");

        Assert.Equal(PropertyStatus.Damaged, item.Status);
        Assert.True(item.HasUnreportedIssue);
        Assert.Null(issue.ReportedToCustomerAt);
    }

    [Fact]
    public void ReportIssue_Unsuitable_KeepsStatus()
    {
        var item = NewItem();
        item.PutInUse();

        item.ReportIssue(PropertyIssueKind.Unsuitable, "Wrong revision", Received.AddDays(1), "Sam");

        Assert.Equal(PropertyStatus.InUse, item.Status);
    }

    [Fact]
    public void ReportIssue_Returned_IsRefusedAndNothingAdded()
    {
        var item = NewItem();
        item.Return(Received.AddDays(30));

        var error = Assert.Throws<DomainValidationException>(() => item.ReportIssue(PropertyIssueKind.Lost, "Gone", Received.AddDays(31), "Sam"));

        Assert.Equal("kind", error.Field);
        Assert.Empty(item.Issues);
    }

    [Fact]
    public void ReportIssue_DamageToLostItem_IsRefusedByTheTable()
    {
        var item = NewItem();
        item.ReportIssue(PropertyIssueKind.Lost, "Not found at stocktake", Received.AddDays(5), "Sam");

        var error = Assert.Throws<InvalidTransitionException>(() => item.ReportIssue(PropertyIssueKind.Damaged, "x", Received.AddDays(6), "Sam"));

        Assert.Equal(["Held"], error.Allowed);
        Assert.Single(item.Issues);
    }

    [Fact]
    public void RecordReportedToCustomer_ThenResponse_AreKept()
    {
        var item = NewItem();
        var issue = item.ReportIssue(PropertyIssueKind.Damaged, "Cracked", Received.AddDays(20), "Sam");

        item.RecordReportedToCustomer(issue, Received.AddDays(21));
        item.RecordCustomerResponse(issue, "Repair at our cost.", Received.AddDays(22));

        Assert.False(item.HasUnreportedIssue);
        Assert.Equal("Repair at our cost.", issue.CustomerResponse);
    }

    [Fact]
    public void RecordCustomerResponse_BeforeReporting_IsRefused()
    {
        var item = NewItem();
        var issue = item.ReportIssue(PropertyIssueKind.Damaged, "Cracked", Received.AddDays(20), "Sam");

        var error = Assert.Throws<DomainValidationException>(() => item.RecordCustomerResponse(issue, "ok", Received.AddDays(22)));

        Assert.Equal("customerResponse", error.Field);
        Assert.Null(issue.CustomerResponse);
    }

    [Fact]
    public void RecordReportedToCustomer_BeforeOccurrence_NamesTheField()
    {
        var item = NewItem();
        var issue = item.ReportIssue(PropertyIssueKind.Damaged, "Cracked", Received.AddDays(20), "Sam");

        var error = Assert.Throws<DomainValidationException>(() => item.RecordReportedToCustomer(issue, Received.AddDays(19)));

        Assert.Equal("reportedToCustomerAt", error.Field);
        Assert.Null(issue.ReportedToCustomerAt);
    }

    [Fact]
    public void Return_Twice_IsRefusedAsFinal()
    {
        var item = NewItem();
        item.Return(Received.AddDays(30));

        var error = Assert.Throws<InvalidTransitionException>(() => item.Return(Received.AddDays(31)));

        Assert.Empty(error.Allowed);
        Assert.Equal(Received.AddDays(30), item.ReturnedAt);
    }

    [Fact]
    public void PutInStorage_LostItemFound_IsHeldAtNewLocation()
    {
        var item = NewItem();
        item.ReportIssue(PropertyIssueKind.Lost, "Missing", Received.AddDays(5), "Sam");

        item.PutInStorage("Store A, rack 1");

        Assert.Equal((PropertyStatus.Held, "Store A, rack 1"), (item.Status, item.StorageLocation));
    }

    [Fact]
    public void Constructor_NoCustomer_NamesCustomerId()
    {
        var error = Assert.Throws<DomainValidationException>(() => new CustomerPropertyItem(
            0, "Mould", PropertyKind.Tooling, Received, "Good", "Store"));

        Assert.Equal("customerId", error.Field);
    }
}
