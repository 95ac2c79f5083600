using CustomerComms.Analytics.CustomerMetrics;

namespace CustomerComms.Api.GraphQL.Analysis.Stored;

/// <summary>The NPS of the answers submitted in one period.</summary>
internal sealed record PeriodNetPromoterScore(DateOnly PeriodStart, DateOnly PeriodEnd, NetPromoterScore Score);
