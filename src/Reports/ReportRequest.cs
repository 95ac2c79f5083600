using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Reports.Model;

namespace CustomerComms.Reports;

/// <summary>What to generate: the period, the format, the title and the moment written on the report (UTC).</summary>
public sealed record ReportRequest(ReportPeriod Period, ReportFormat Format, string Title, DateTime GeneratedAt);
