using CustomerComms.Domain.Persistence;
using CustomerComms.Reports.Model;
using CustomerComms.Reports.Queries;

namespace CustomerComms.Reports;

/// <summary>Fills a <see cref="ManagementReviewReport"/> from the records: aggregation in SQL, statistics in Analytics.</summary>
public static class ReportBuilder
{
    /// <summary>Builds the report model for <paramref name="period"/>, compared with the period of equal length before it.</summary>
    /// <param name="generatedAt">The moment written on the report (UTC); the only time the report mentions that is not from the data.</param>
    public static async Task<ManagementReviewReport> BuildAsync(
        CustomerCommsDbContext context, ReportPeriod period, string title, DateTime generatedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);

        var previousActions = await PreviousActionsQuery.BuildAsync(context, period, cancellationToken);
        var requirements = await RequirementsQuery.BuildAsync(context, period, cancellationToken);
        var (satisfaction, objectives) = await SatisfactionQuery.BuildAsync(context, period, cancellationToken);
        var process = await ProcessPerformanceQuery.BuildAsync(context, period, cancellationToken);
        var complaints = await ComplaintsQuery.BuildAsync(context, period, cancellationToken);
        var monitoring = await RecordedDataQuery.MonitoringAsync(context, period, cancellationToken);
        var resources = await ResourcesQuery.BuildAsync(context, period, cancellationToken);
        var risks = await RisksQuery.BuildAsync(context, period, cancellationToken);
        var property = await PropertyAndContingencyQuery.BuildAsync(context, period, cancellationToken);
        var improvements = ImprovementFinder.Find(previousActions, satisfaction, objectives, process, complaints, risks);

        return new ManagementReviewReport(
            title,
            period,
            period.Previous,
            DateTime.SpecifyKind(generatedAt, DateTimeKind.Utc),
            previousActions,
            requirements,
            satisfaction,
            objectives,
            process,
            complaints,
            monitoring,
            RecordedDataQuery.Audits(),
            RecordedDataQuery.ExternalProviders(),
            resources,
            risks,
            property,
            improvements);
    }
}
