namespace CustomerComms.GraphQL.Benchmarks;

/// <summary>A postal address of the benchmark data.</summary>
public sealed record Address(string Street, string City, string Postcode);
