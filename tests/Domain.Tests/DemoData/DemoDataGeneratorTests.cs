using System.Text;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.DemoData;
using CustomerComms.Domain.Requirements;
using CustomerComms.Domain.Risks;
using CustomerComms.Domain.Satisfaction;
using CustomerComms.Domain.Tests.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.Tests.DemoData;

/// <summary>The demo data set is generated once for the class; each test reads what it needs.</summary>
public sealed class DemoDataGeneratorTests : IClassFixture<DemoDataGeneratorTests.GeneratedDatabase>
{
    private static readonly DemoDataOptions Options = new() { Seed = 9001, Until = new DateOnly(2026, 6, 30) };
    private readonly GeneratedDatabase _generated;

    public DemoDataGeneratorTests(GeneratedDatabase generated)
    {
        _generated = generated;
    }

    [Fact]
    public async Task Generate_SameOptionsTwice_WritesIdenticalRecords()
    {
        await using var second = await TestDatabase.CreateAsync();
        await using (var context = second.NewContext())
        {
            await new DemoDataGenerator(context, Options).GenerateAsync();
        }

        Assert.Equal(await DumpAsync(_generated.Database), await DumpAsync(second));
    }

    [Fact]
    public async Task Generate_DefaultScale_HasTheDocumentedVolumes()
    {
        await using var context = _generated.Database.NewContext();

        Assert.InRange(await context.Set<Customer>().CountAsync(), 140, 160);
        Assert.InRange(await context.Set<Communication>().CountAsync(), 18_000, 22_000);
        Assert.InRange(await context.Set<Complaint>().CountAsync(), 400, 900);
        Assert.True(await context.Set<CorrectiveAction>().AnyAsync(a => a.Status == CorrectiveActionStatus.Closed));
        Assert.True(await context.Set<CsiIndicator>().CountAsync() >= 8);
        Assert.True(await context.Set<SurveyResponse>().CountAsync() > 500);
        Assert.True(await context.Set<RequirementReview>().AnyAsync());
        Assert.True(await context.Set<RequirementChange>().AnyAsync());
        Assert.True(await context.Set<RiskOpportunity>().CountAsync() >= 12);
    }

    [Fact]
    public async Task Generate_Communications_CoverEveryKindOf8_2_1WithinThreeYears()
    {
        await using var context = _generated.Database.NewContext();

        var kinds = await context.Set<Communication>().Select(c => c.Kind).Distinct().ToListAsync();
        var first = await context.Set<Communication>().MinAsync(c => c.OccurredAt);
        var last = await context.Set<Communication>().MaxAsync(c => c.OccurredAt);

        Assert.Equal(Enum.GetValues<CommunicationKind>().Order(), kinds.Order());
        Assert.True(first >= new DateTime(2023, 7, 1, 0, 0, 0, DateTimeKind.Utc), $"first communication at {first:O}");
        Assert.True(last <= new DateTime(2026, 6, 30, 18, 0, 0, DateTimeKind.Utc), $"last communication at {last:O}");
    }

    [Fact]
    public async Task Generate_Complaints_PassThroughTheWholeLifecycleAndAFewAreOverdue()
    {
        await using var context = _generated.Database.NewContext();
        var end = new DateTime(2026, 6, 30, 18, 0, 0, DateTimeKind.Utc);

        var statuses = await context.Set<Complaint>().Select(c => c.Status).Distinct().ToListAsync();
        var open = await context.Set<Complaint>().Where(c => c.Status != ComplaintStatus.Closed).ToListAsync();

        Assert.Contains(ComplaintStatus.Closed, statuses);
        Assert.Contains(ComplaintStatus.Investigating, statuses);
        Assert.True(await context.Set<Complaint>().AnyAsync(c => c.EscalationCount > 0 && c.Status == ComplaintStatus.Closed));
        Assert.True(await context.Set<Complaint>().AnyAsync(c => c.ReopenCount > 0));
        Assert.InRange(open.Count(c => c.IsOverdue(end)), 1, 40);
        Assert.Matches("^CMP-2023-00001$", (await context.Set<Complaint>().OrderBy(c => c.ReceivedAt).FirstAsync()).Number);
    }

    [Fact]
    public async Task Generate_Indicators_HaveMonthlySeriesOverThirtySixMonths()
    {
        await using var context = _generated.Database.NewContext();

        var counts = await context.Set<CsiIndicator>()
            .Select(i => new { i.Code, Months = i.Measurements.Count })
            .ToListAsync();

        Assert.All(counts, c => Assert.Equal(36, c.Months));
    }

    [Fact]
    public async Task Generate_EveryRecord_HasItsInsertInTheAuditTrailAndTheChainIsIntact()
    {
        await using var context = _generated.Database.NewContext();

        var verification = await Auditing.AuditChainVerifier.VerifyAsync(context);
        var auditedCommunications = await context.AuditEntries.CountAsync(e => e.EntityType == nameof(Communication));

        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(await context.Set<Communication>().CountAsync(), auditedCommunications);
    }

    [Fact]
    public async Task Generate_BulkLoad_LeavesEveryIndexOfTheSchemaInPlace()
    {
        await using var fresh = await TestDatabase.CreateAsync();

        Assert.Equal(await IndexesAsync(fresh), await IndexesAsync(_generated.Database));
    }

    private static async Task<string> IndexesAsync(TestDatabase database)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(name || ':' || sql, char(10)) FROM (SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every table's rows in key order, as text (bookkeeping columns included).</summary>
    private static async Task<string> DumpAsync(TestDatabase database)
    {
        var dump = new StringBuilder();
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            dump.Append("## ").AppendLine(table);
            await using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }

    public sealed class GeneratedDatabase : IAsyncLifetime
    {
        public TestDatabase Database { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Database = await TestDatabase.CreateAsync();
            await using var context = Database.NewContext();
            await new DemoDataGenerator(context, Options).GenerateAsync();
        }

        public async Task DisposeAsync()
        {
            await Database.DisposeAsync();
        }
    }
}
