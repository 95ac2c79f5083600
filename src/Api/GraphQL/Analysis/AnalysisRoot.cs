namespace CustomerComms.Api.GraphQL.Analysis;

/// <summary>The value behind <c>Query.analysis</c>: the computations need no state, only the data in their arguments.</summary>
internal sealed class AnalysisRoot
{
    private AnalysisRoot()
    {
    }

    public static AnalysisRoot Instance { get; } = new();
}
