namespace CustomerComms.GraphQL.Tests.Differential;

/// <summary>
/// One document of the differential suite, read from <c>cases/*.txt</c> as <c>cases.mjs</c> reads it for graphql-js:
/// a case starts with a line <c>### name</c>, optionally followed by lines <c>variables: {json}</c> and
/// <c>operationName: name</c>; the rest up to the next case is the document.
/// </summary>
internal sealed record DifferentialCase(string Name, string Query, string? VariablesJson, string? OperationName)
{
    private const string VariablesPrefix = "variables: ";
    private const string OperationNamePrefix = "operationName: ";

    public static IReadOnlyList<DifferentialCase> ReadAll(string folder)
    {
        var cases = new List<DifferentialCase>();
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "cases"), "*.txt").Order(StringComparer.Ordinal))
        {
            string? name = null;
            string? variables = null;
            string? operationName = null;
            var lines = new List<string>();
            foreach (var line in File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    Add();
                    (name, variables, operationName) = (line[4..].Trim(), null, null);
                    lines.Clear();
                }
                else if (name is not null && lines.Count == 0 && line.StartsWith(VariablesPrefix, StringComparison.Ordinal))
                {
                    variables = line[VariablesPrefix.Length..];
                }
                else if (name is not null && lines.Count == 0 && line.StartsWith(OperationNamePrefix, StringComparison.Ordinal))
                {
                    operationName = line[OperationNamePrefix.Length..].Trim();
                }
                else if (name is not null)
                {
                    lines.Add(line);
                }
            }

            Add();

            void Add()
            {
                if (name is not null)
                {
                    cases.Add(new DifferentialCase(name, string.Join('\n', lines).Trim(), variables, operationName));
                }
            }
        }

        return cases;
    }
}
