using System.Text.Json;
using CustomerComms.Domain.Auditing;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.ManagementReviews;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.Tests.Persistence;

public sealed class AuditTrailTests
{
    [Fact]
    public async Task SaveChanges_NewCustomer_WritesInsertEntriesForCustomerAndContact()
    {
        await using var database = await TestDatabase.CreateAsync();
        var customer = await AddCustomerAsync(database, "C-1", "Alder Foods");

        await using var context = database.NewContext();
        var entries = await context.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();

        Assert.Equal(new[] { "Customer", "Contact" }, entries.Select(e => e.EntityType));
        var insert = entries[0];
        Assert.Equal(AuditAction.Insert, insert.Action);
        Assert.Equal(customer.Id, insert.EntityId);
        Assert.Equal("tester", insert.Actor);
        Assert.Equal(database.Clock.GetUtcNow().UtcDateTime, insert.OccurredAt);
        Assert.Null(insert.Before);
        Assert.Equal("Alder Foods", Json(insert.After).GetProperty("Name").GetString());
    }

    [Fact]
    public async Task SaveChanges_ChangedCustomer_WritesBeforeAndAfterOfChangedPropertiesOnly()
    {
        await using var database = await TestDatabase.CreateAsync();
        var customer = await AddCustomerAsync(database, "C-1", "Alder Foods");

        await using (var context = database.NewContext())
        {
            var stored = await context.Set<Customer>().SingleAsync(c => c.Id == customer.Id);
            stored.UpdateDetails("Alder Foods GmbH", stored.Segment, stored.Country, stored.Industry, stored.Email, stored.Phone, stored.Notes);
            await context.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        var update = await check.AuditEntries.OrderBy(e => e.Sequence).LastAsync();
        Assert.Equal(AuditAction.Update, update.Action);
        Assert.Equal(new[] { "Name" }, Json(update.Before).EnumerateObject().Select(p => p.Name));
        Assert.Equal("Alder Foods", Json(update.Before).GetProperty("Name").GetString());
        Assert.Equal("Alder Foods GmbH", Json(update.After).GetProperty("Name").GetString());
    }

    [Fact]
    public async Task SaveChanges_SeveralSaves_ChainsEveryEntryToThePreviousOne()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddCustomerAsync(database, "C-1", "Alder Foods");
        await AddCustomerAsync(database, "C-2", "Beacon Medical");

        await using var context = database.NewContext();
        var entries = await context.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();

        Assert.Equal(new[] { 1L, 2L, 3L, 4L }, entries.Select(e => e.Sequence));
        Assert.Equal(AuditEntry.GenesisHash, entries[0].PreviousHash);
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.Equal(entries[i - 1].Hash, entries[i].PreviousHash);
        }

        var verification = await AuditChainVerifier.VerifyAsync(context);
        Assert.True(verification.IsIntact);
        Assert.Equal(4, verification.EntriesChecked);
    }

    [Fact]
    public async Task Verify_EntryEditedInTheFile_ReportsTheAlteredEntry()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddCustomerAsync(database, "C-1", "Alder Foods");
        await AddCustomerAsync(database, "C-2", "Beacon Medical");

        await database.ExecuteRawAsync("""
            DROP TRIGGER AuditEntries_AppendOnly_NoUpdate;
            UPDATE AuditEntries SET After = replace(After, 'Beacon Medical', 'Beacon Surgical') WHERE Sequence = 3;
            """);

        await using var context = database.NewContext();
        var verification = await AuditChainVerifier.VerifyAsync(context);
        Assert.False(verification.IsIntact);
        Assert.Equal(3, verification.BrokenAtSequence);
        Assert.Contains("altered", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EntryDeletedFromTheFile_ReportsTheMissingSequence()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddCustomerAsync(database, "C-1", "Alder Foods");
        await AddCustomerAsync(database, "C-2", "Beacon Medical");

        await database.ExecuteRawAsync("""
            DROP TRIGGER AuditEntries_AppendOnly_NoDelete;
            DELETE FROM AuditEntries WHERE Sequence = 2;
            """);

        await using var context = database.NewContext();
        var verification = await AuditChainVerifier.VerifyAsync(context);
        Assert.False(verification.IsIntact);
        Assert.Equal(2, verification.BrokenAtSequence);
        Assert.Contains("missing", verification.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_UpdateOrDeleteOfAuditEntry_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddCustomerAsync(database, "C-1", "Alder Foods");

        var update = await Assert.ThrowsAsync<SqliteException>(() => database.ExecuteRawAsync("UPDATE AuditEntries SET Actor = 'someone else'"));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => database.ExecuteRawAsync("DELETE FROM AuditEntries"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChanges_ModifiedAuditEntry_IsRefusedAndNothingIsSaved()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddCustomerAsync(database, "C-1", "Alder Foods");

        await using var context = database.NewContext();
        var entry = await context.AuditEntries.FirstAsync();
        context.Entry(entry).Property(e => e.Actor).CurrentValue = "someone else";

        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveChanges_FailingSave_LeavesNeitherTheChangeNorAnAuditEntry()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddCustomerAsync(database, "C-1", "Alder Foods");

        await using (var context = database.NewContext())
        {
            context.Add(new Customer("C-2", "Beacon Medical", CustomerSegment.Enterprise, "DE"));
            context.Add(new Customer("C-1", "Duplicate code", CustomerSegment.Enterprise, "DE"));
            await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        }

        await using var check = database.NewContext();
        Assert.Equal(1, await check.Set<Customer>().CountAsync());
        Assert.Equal(2, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task SaveChanges_StoredReport_RecordsItsContentByDigestNotByCopy()
    {
        await using var database = await TestDatabase.CreateAsync();
        var generatedAt = database.Clock.GetUtcNow().UtcDateTime;
        await using (var context = database.NewContext())
        {
            context.Add(ManagementReview.FromText(
                "Review Q1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), ReportFormat.Markdown, "default", "abc",
                "# Management review", "{}", "tester", generatedAt));
            await context.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        var insert = await check.AuditEntries.SingleAsync(e => e.EntityType == nameof(ManagementReview));
        var content = Json(insert.After).GetProperty("StoredContent").GetString();

        Assert.Equal(
            $"sha256:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("# Management review"u8))} (19 bytes)",
            content);
    }

    internal static async Task<Customer> AddCustomerAsync(TestDatabase database, string code, string name)
    {
        await using var context = database.NewContext();
        var customer = new Customer(code, name, CustomerSegment.MidMarket, "DE", "Food and beverage");
        customer.AddContact("Anna Becker", "Quality", "anna@example.com", isPrimary: true);
        context.Add(customer);
        await context.SaveChangesAsync();
        return customer;
    }

    private static JsonElement Json(string? text)
    {
        Assert.NotNull(text);
        return JsonDocument.Parse(text).RootElement;
    }
}
