namespace CustomerComms.GraphQL.Benchmarks;

/// <summary>A customer of the benchmark data, read by the default field resolver.</summary>
public sealed record Customer(
    string Id,
    string Name,
    string? Email,
    string? Phone,
    string Tier,
    int OpenComplaints,
    double? Satisfaction,
    bool Active,
    Address Address);
