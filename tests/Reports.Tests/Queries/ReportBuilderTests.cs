using CustomerComms.Domain.Satisfaction;
using CustomerComms.Reports.Model;

namespace CustomerComms.Reports.Tests.Queries;

public sealed class ReportBuilderTests
{
    private static readonly ReportPeriod FirstHalf = ReportPeriod.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));

    [Fact]
    public async Task BuildAsync_RisingIndicatorBelowTarget_ReportsImprovingTrendAndMissedObjective()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var context = database.NewContext())
        {
            var indicator = new CsiIndicator(
                "OTD", "On-time delivery", "Orders delivered on time", "%", IndicatorDirection.HigherIsBetter,
                95, 90, 80, MeasurementFrequency.Monthly, "Logistics", "ERP");
            double[] values = [70, 71, 72, 73, 74, 75];
            for (var month = 0; month < values.Length; month++)
            {
                var start = FirstHalf.From.AddMonths(month);
                indicator.RecordMeasurement(start, start.AddMonths(1).AddDays(-1), values[month]);
            }

            context.Add(indicator);
            await context.SaveChangesAsync();
        }

        await using var reading = database.NewContext();
        var report = await ReportBuilder.BuildAsync(reading, FirstHalf, "Review", new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc));

        var trend = Assert.Single(report.Satisfaction.Indicators).Trend!;
        Assert.Equal("improving", trend.Verdict);
        Assert.Equal(1, trend.SlopePerMonth, 9);
        var objective = Assert.Single(report.Objectives.Objectives);
        Assert.Equal(("missed", 75.0, 72.5), (objective.Status, objective.Latest!.Value, objective.PeriodMean!.Value));
        Assert.Contains(report.Improvements.Opportunities, o => o.Section == "c2");
        Assert.False(report.Audits.HasData);
        Assert.False(report.Satisfaction.Nps.HasData);
        Assert.Equal(0, report.Complaints.Received);
    }

    [Fact]
    public void Previous_WholeMonths_IsTheSameNumberOfMonthsBefore()
    {
        Assert.Equal(ReportPeriod.Of(new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31)), FirstHalf.Previous);
        Assert.Equal(
            ReportPeriod.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 10)),
            ReportPeriod.Of(new DateOnly(2026, 1, 11), new DateOnly(2026, 1, 20)).Previous);
    }
}
