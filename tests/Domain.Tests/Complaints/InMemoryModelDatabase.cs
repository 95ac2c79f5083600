using CustomerComms.Domain.Auditing;
using CustomerComms.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.Tests.Complaints;

/// <summary>
/// An in-memory SQLite database created straight from the current EF Core model (not from migrations), so the
/// entity configurations are tested as written. It lives as long as this object.
/// </summary>
internal sealed class InMemoryModelDatabase : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public InMemoryModelDatabase()
    {
        _connection.Open();
        using var context = NewContext();
        context.Database.EnsureCreated();
    }

    public CustomerCommsDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<CustomerCommsDbContext>().UseSqlite(_connection).Options;
        return new CustomerCommsDbContext(options, TimeProvider.System, new AuditActor());
    }

    public void Dispose()
    {
        _connection.Dispose();
    }
}
