using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Analysis;

/// <summary>
/// How much data one analysis may take, so that a request cannot occupy the server: at most
/// <c>Analysis:MaxPoints</c> (configuration, default 100,000) points per series and observations in all.
/// </summary>
internal static class AnalysisLimits
{
    public const int DefaultMaxPoints = 100_000;

    public const string MaxPointsKey = "Analysis:MaxPoints";

    public static int MaxPoints(ResolveContext context)
    {
        var configuration = context.Services.GetService(typeof(IConfiguration)) as IConfiguration;
        return configuration?.GetValue(MaxPointsKey, DefaultMaxPoints) ?? DefaultMaxPoints;
    }
}
