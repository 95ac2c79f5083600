using System.Collections.Concurrent;
using System.Globalization;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.GraphQL.Tests.Data;

/// <summary>A SQLite file in a temporary folder with five customers and six communications, and a schema over it.</summary>
public sealed class DataTestDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphql-data-" + Guid.NewGuid().ToString("N"));
    private readonly DbContextOptions<DataTestContext> _options;
    private readonly ConcurrentBag<DataTestContext> _contexts = [];
    private readonly RequestExecutor _executor;

    public DataTestDatabase()
    {
        Directory.CreateDirectory(_folder);
        _options = new DbContextOptionsBuilder<DataTestContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "data.db")}")
            .AddInterceptors(Sql)
            .Options;
        using (var context = new DataTestContext(_options))
        {
            context.Database.EnsureCreated();
            context.Customers.AddRange(
                NewCustomer(1, "Acme Ltd", "sales@acme.test", CustomerStatus.Active, 4.5, "2024-01-10", "2020-01-01", ("Order placed", CommunicationKind.Email, 1), ("Complaint about delay", CommunicationKind.Phone, 2)),
                NewCustomer(2, "Beta GmbH", null, CustomerStatus.Prospect, 3.0, "2024-02-10", "2021-06-01", ("Intro call", CommunicationKind.Phone, 3)),
                NewCustomer(3, "Contoso", "info@contoso.test", CustomerStatus.Active, 4.5, "2024-03-10", "2019-03-15", ("Quote", CommunicationKind.Email, 4), ("Complaint resolved", CommunicationKind.Email, 5)),
                NewCustomer(4, "delta_co 100%", "x@delta.test", CustomerStatus.Inactive, 2.0, "2024-04-10", "2022-01-01"),
                NewCustomer(5, "Echo", "ECHO@echo.test", CustomerStatus.Active, 5.0, "2024-05-10", "2023-07-07", ("Newsletter", CommunicationKind.Email, 6)));
            context.SaveChanges();
        }

        _executor = new RequestExecutor(BuildSchema());
    }

    public SqlCapture Sql { get; } = new();

    /// <summary>Runs a document and returns the response as compact JSON.</summary>
    public async Task<string> RunAsync(string query)
    {
        Sql.Clear();
        return ExecutionResultWriter.ToJson(await _executor.ExecuteAsync(query));
    }

    public void Dispose()
    {
        foreach (var context in _contexts)
        {
            context.Dispose();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private DataTestContext NewContext()
    {
        var context = new DataTestContext(_options);
        _contexts.Add(context);
        return context;
    }

    private Schema BuildSchema()
    {
        var ef = new EfQueryableExecutor();
        return new SchemaBuilder()
            .Scalar(new CustomScalarType("DateTime", value => ((DateTime)value!).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                value => DateTime.Parse((string)value!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), clrType: typeof(DateTime)))
            .Scalar(new CustomScalarType("Date", value => ((DateOnly)value!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                value => DateOnly.Parse((string)value!, CultureInfo.InvariantCulture), clrType: typeof(DateOnly)))
            .Object<Customer>("Customer", type => type
                .Field(c => c.Id).Field(c => c.Name).Field(c => c.Email).Field(c => c.Status).Field(c => c.Rating)
                .Connection("communications", context =>
                {
                    var id = context.ParentAs<Customer>().Id;
                    return NewContext().Communications.Where(communication => communication.CustomerId == id);
                }, connection => connection.Sort().ExecuteWith(ef)))
            .Object<Communication>("Communication", type => type.Field(c => c.Id).Field(c => c.Subject).Field(c => c.Kind))
            .Query(query => query
                .Connection("customers", _ => NewContext().Customers, connection => connection.Filter().Sort().ExecuteWith(ef))
                .Connection("communications", _ => NewContext().Communications, connection => connection.Filter().Sort())
                .Connection("smallPages", _ => NewContext().Customers, connection => connection
                    .TypeName("SmallPages").PageSize(2, 3).Filter(fields => fields.Field(c => c.Name)).ExecuteWith(ef)))
            .Build();
    }

    private static Customer NewCustomer(int id, string name, string? email, CustomerStatus status, double rating, string created, string since, params (string Subject, CommunicationKind Kind, int Id)[] communications) => new()
    {
        Id = id,
        Name = name,
        Email = email,
        Status = status,
        IsActive = status == CustomerStatus.Active,
        Rating = rating,
        CreatedAt = DateTime.Parse(created, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        Since = DateOnly.Parse(since, CultureInfo.InvariantCulture),
        Communications = [.. communications.Select(c => new Communication
        {
            Id = c.Id,
            Subject = c.Subject,
            Kind = c.Kind,
            OccurredAt = new DateTime(2024, 6, c.Id, 9, 0, 0, DateTimeKind.Utc),
        })],
    };
}
