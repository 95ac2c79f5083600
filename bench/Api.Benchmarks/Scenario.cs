namespace CustomerComms.Api.Benchmarks;

/// <summary>A GraphQL document sent as it is, read from <c>scenarios/NAME.graphql</c>.</summary>
internal sealed record Scenario(string Name, string Query)
{
    public static IEnumerable<Scenario> Load(string folder, string? filter) =>
        Directory.GetFiles(folder, "*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(path => new Scenario(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .Where(scenario => filter is null || scenario.Name.Contains(filter, StringComparison.OrdinalIgnoreCase));
}
