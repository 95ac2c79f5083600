using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Reports.Model;

namespace CustomerComms.Reports.Tests;

/// <summary>One demo database for the tests that read it, generated once.</summary>
public sealed class DemoDataFixture : IAsyncLifetime
{
    public static readonly ReportRequest FirstHalf2026 = new(
        ReportPeriod.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)),
        ReportFormat.Html,
        "Management review H1 2026",
        new DateTime(2026, 7, 1, 9, 0, 0, DateTimeKind.Utc));

    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await TestDatabase.WithDemoDataAsync();

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
