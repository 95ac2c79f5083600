using CustomerComms.Analytics.ControlCharts;

namespace CustomerComms.Api.GraphQL.Analysis.Stored;

/// <summary>The complaint rate per period and its u chart (point i is period i).</summary>
internal sealed record ComplaintRate(IReadOnlyList<ComplaintRatePeriod> Periods, ControlChart? Chart);
