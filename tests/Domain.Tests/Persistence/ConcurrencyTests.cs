using CustomerComms.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.Tests.Persistence;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task SaveChanges_NewAndChangedEntity_StampsTimesFromTheClockAndRaisesTheVersion()
    {
        await using var database = await TestDatabase.CreateAsync();
        var created = database.Clock.GetUtcNow().UtcDateTime;
        var customer = await AuditTrailTests.AddCustomerAsync(database, "C-1", "Alder Foods");
        Assert.Equal(1, customer.Version);

        database.Clock.Advance(TimeSpan.FromHours(2));
        await using (var context = database.NewContext())
        {
            var stored = await context.Set<Customer>().SingleAsync();
            stored.Deactivate();
            await context.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        var reread = await check.Set<Customer>().SingleAsync();
        Assert.Equal(2, reread.Version);
        Assert.Equal(created, reread.CreatedAt);
        Assert.Equal(created.AddHours(2), reread.UpdatedAt);
        Assert.Equal(DateTimeKind.Utc, reread.UpdatedAt.Kind);
    }

    [Fact]
    public async Task SaveChanges_TwoWritersOfOneRecord_SecondFailsAndKeepsTheFirstChange()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AuditTrailTests.AddCustomerAsync(database, "C-1", "Alder Foods");

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var a = await first.Set<Customer>().SingleAsync();
        var b = await second.Set<Customer>().SingleAsync();
        a.UpdateDetails("Written first", a.Segment, a.Country, a.Industry, a.Email, a.Phone, a.Notes);
        b.UpdateDetails("Written second", b.Segment, b.Country, b.Industry, b.Email, b.Phone, b.Notes);

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = database.NewContext();
        Assert.Equal("Written first", (await check.Set<Customer>().SingleAsync()).Name);
        Assert.Equal(3, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task ExpectVersion_StaleVersionFromTheClient_FailsTheSave()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AuditTrailTests.AddCustomerAsync(database, "C-1", "Alder Foods");
        await using (var context = database.NewContext())
        {
            (await context.Set<Customer>().SingleAsync()).Deactivate();
            await context.SaveChangesAsync();
        }

        await using var stale = database.NewContext();
        var customer = await stale.Set<Customer>().SingleAsync();
        stale.ExpectVersion(customer, expectedVersion: 1);
        customer.Activate();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync());
    }

    [Fact]
    public async Task ExpectVersion_CurrentVersionFromTheClient_Saves()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AuditTrailTests.AddCustomerAsync(database, "C-1", "Alder Foods");

        await using var context = database.NewContext();
        var customer = await context.Set<Customer>().SingleAsync();
        context.ExpectVersion(customer, expectedVersion: 1);
        customer.Deactivate();
        await context.SaveChangesAsync();

        Assert.Equal(2, customer.Version);
    }
}
