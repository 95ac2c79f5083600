using CustomerComms.Domain.Persistence;
using CustomerComms.Domain.Satisfaction;
using CustomerComms.Reports.Model;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Reports.Queries;

/// <summary>
/// c5) monitoring and measurement, c6) audits and c7) external providers. The records hold CSI measurements and
/// survey responses; they hold no internal audits and no external-provider evaluations, which the report says plainly.
/// </summary>
internal static class RecordedDataQuery
{
    public const string NoData = "No data recorded";

    public static async Task<RecordedDataSection> MonitoringAsync(CustomerCommsDbContext db, ReportPeriod period, CancellationToken cancellationToken)
    {
        var measurements = db.Set<CsiMeasurement>().Where(m => m.PeriodStart >= period.From && m.PeriodStart <= period.To);
        var count = await measurements.CountAsync(cancellationToken);
        var indicators = await measurements.Select(m => m.CsiIndicatorId).Distinct().CountAsync(cancellationToken);
        var responses = await db.Set<SurveyResponse>().CountAsync(r => r.SubmittedAt >= period.Start && r.SubmittedAt < period.End, cancellationToken);
        var surveys = await db.Set<Survey>().CountAsync(s => s.OpensAt < period.End && s.ClosesAt >= period.Start, cancellationToken);
        if (count + responses + surveys == 0)
        {
            return new RecordedDataSection(false, NoData, []);
        }

        return new RecordedDataSection(
            true,
            "Measurements of customer satisfaction indicators and survey responses recorded in the period.",
            [
                new Fact("CSI measurements recorded", count),
                new Fact("Indicators measured", indicators),
                new Fact("Surveys open during the period", surveys),
                new Fact("Survey responses received", responses),
            ]);
    }

    public static RecordedDataSection Audits() =>
        new(false, NoData + ": internal audit results are not kept in this system; attach the audit programme's results.", []);

    public static RecordedDataSection ExternalProviders() =>
        new(false, NoData + ": external provider evaluations are not kept in this system; attach the purchasing records.", []);
}
