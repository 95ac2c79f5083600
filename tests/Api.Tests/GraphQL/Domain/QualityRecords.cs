using System.Globalization;
using System.Text;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

/// <summary>Customers, keys and audit counts shared by the corrective action and requirement tests.</summary>
internal static class QualityRecords
{
    private static int _sequence;

    /// <summary>A time well before every test's "now", so that every later operation may be dated after it.</summary>
    public static DateTime Past { get; } = DateTime.UtcNow.Date.AddDays(-200);

    /// <summary>A fresh text to tell one test's records from the others in the same database.</summary>
    public static string NewPrefix() => "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>A number no other record of the test run has, for unique codes and record numbers.</summary>
    public static int NextSequence() => Interlocked.Increment(ref _sequence);

    public static Customer NewCustomer(string prefix) => new($"{prefix}-{NextSequence()}", $"{prefix} customer", CustomerSegment.MidMarket, "DE");

    /// <summary>Stores the record <paramref name="create" /> makes (with whatever it references) and returns it with its key.</summary>
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
