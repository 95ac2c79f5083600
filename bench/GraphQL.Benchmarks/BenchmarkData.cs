using System.Globalization;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Benchmarks;

/// <summary>
/// The benchmark schema (documents/schema.graphql) and its data: 50 customers held in memory, the same as
/// bench/graphql-js/bench.mjs builds, so that both engines produce the same response.
/// </summary>
public static class BenchmarkData
{
    /// <summary>The customers, ids "1" to "50".</summary>
    public static IReadOnlyList<Customer> Customers { get; } = [.. Enumerable.Range(1, 50).Select(CreateCustomer)];

    /// <summary>The text of a file in the documents folder beside the benchmark assembly.</summary>
    public static string ReadDocument(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "documents", fileName));

    /// <summary>Builds the schema from its SDL with resolvers over <see cref="Customers" />.</summary>
    public static Schema BuildSchema() =>
        SchemaBuilder.FromSdl(ReadDocument("schema.graphql"))
            .Resolve("Query", "customer", context =>
            {
                var id = context.Argument<string>("id");
                return Customers.FirstOrDefault(customer => customer.Id == id);
            })
            .Resolve("Query", "customers", context => Customers.Take(context.Argument<int>("first")).ToList())
            .Build();

    private static Customer CreateCustomer(int n) => new(
        Id: n.ToString(CultureInfo.InvariantCulture),
        Name: string.Create(CultureInfo.InvariantCulture, $"Customer {n}"),
        Email: string.Create(CultureInfo.InvariantCulture, $"customer{n}@example.com"),
        Phone: n % 3 == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"+44 20 7946 {n:D4}"),
        Tier: n % 2 == 0 ? "PRIORITY" : "STANDARD",
        OpenComplaints: n % 4,
        Satisfaction: n % 5 == 0 ? null : 3 + (n % 20) / 10.0,
        Active: n % 7 != 0,
        Address: new Address(string.Create(CultureInfo.InvariantCulture, $"{n} High Street"), "Leeds", string.Create(CultureInfo.InvariantCulture, $"LS{(n % 9) + 1} 1AA")));
}
