using CustomerComms.Domain.Common;
using CustomerComms.Domain.Satisfaction;

namespace CustomerComms.Domain.Tests.Satisfaction;

public sealed class CsiIndicatorTests
{
    private static readonly DateOnly January = new(2026, 1, 1);

    private static CsiIndicator Csat() => new(
        "csat-top2", "CSAT top-2-box", "Share of 4 and 5 answers", "%", IndicatorDirection.HigherIsBetter,
        target: 90, amberThreshold: 85, redThreshold: 80, MeasurementFrequency.Monthly, "Quality", "Survey responses");

    private static CsiIndicator ResponseTime() => new(
        "RESP-H", "Complaint response time", "Median hours to response", "hours", IndicatorDirection.LowerIsBetter,
        target: 24, amberThreshold: 36, redThreshold: 48, MeasurementFrequency.Monthly, "Service", "Complaints");

    [Fact]
    public void Constructor_Code_IsStoredUpperCase()
    {
        Assert.Equal("CSAT-TOP2", Csat().Code);
    }

    [Theory]
    [InlineData(95, TargetStatus.Met)]
    [InlineData(85, TargetStatus.Met)]
    [InlineData(84.99, TargetStatus.AtRisk)]
    [InlineData(80, TargetStatus.AtRisk)]
    [InlineData(79.99, TargetStatus.Missed)]
    public void Classify_HigherIsBetter_UsesThresholdsInclusively(double value, TargetStatus expected)
    {
        Assert.Equal(expected, Csat().Classify(value));
    }

    [Theory]
    [InlineData(12, TargetStatus.Met)]
    [InlineData(36, TargetStatus.Met)]
    [InlineData(36.01, TargetStatus.AtRisk)]
    [InlineData(48, TargetStatus.AtRisk)]
    [InlineData(48.01, TargetStatus.Missed)]
    public void Classify_LowerIsBetter_UsesThresholdsInclusively(double value, TargetStatus expected)
    {
        Assert.Equal(expected, ResponseTime().Classify(value));
    }

    [Theory]
    [InlineData(IndicatorDirection.HigherIsBetter, 90, true)]
    [InlineData(IndicatorDirection.HigherIsBetter, 89.9, false)]
    [InlineData(IndicatorDirection.LowerIsBetter, 24, true)]
    [InlineData(IndicatorDirection.LowerIsBetter, 24.1, false)]
    public void MeetsTarget_AtAndPastTarget_FollowsDirection(IndicatorDirection direction, double value, bool expected)
    {
        var indicator = direction == IndicatorDirection.HigherIsBetter ? Csat() : ResponseTime();

        Assert.Equal(expected, indicator.MeetsTarget(value));
    }

    [Fact]
    public void Classify_AmberEqualToTarget_MetMeansTargetReached()
    {
        var indicator = Csat();
        indicator.SetTargets(IndicatorDirection.HigherIsBetter, 90, 90, 80);

        Assert.Equal(TargetStatus.Met, indicator.Classify(90));
        Assert.Equal(TargetStatus.AtRisk, indicator.Classify(89));
    }

    [Theory]
    [InlineData(IndicatorDirection.HigherIsBetter, 90, 95, 80, "amberThreshold")]
    [InlineData(IndicatorDirection.HigherIsBetter, 90, 85, 86, "redThreshold")]
    [InlineData(IndicatorDirection.LowerIsBetter, 24, 20, 48, "amberThreshold")]
    [InlineData(IndicatorDirection.LowerIsBetter, 24, 36, 30, "redThreshold")]
    [InlineData(IndicatorDirection.HigherIsBetter, double.NaN, 85, 80, "target")]
    public void SetTargets_Inconsistent_IsRefusedAndNothingChanges(
        IndicatorDirection direction, double target, double amber, double red, string field)
    {
        var indicator = Csat();

        var error = Assert.Throws<DomainValidationException>(() => indicator.SetTargets(direction, target, amber, red));

        Assert.Equal(field, error.Field);
        Assert.Equal(IndicatorDirection.HigherIsBetter, indicator.Direction);
        Assert.Equal((90d, 85d, 80d), (indicator.Target, indicator.AmberThreshold, indicator.RedThreshold));
    }

    [Fact]
    public void Constructor_BadCode_NamesCode()
    {
        var error = Assert.Throws<DomainValidationException>(() => new CsiIndicator(
            "CSAT TOP", "n", "d", "%", IndicatorDirection.HigherIsBetter, 1, 1, 1, MeasurementFrequency.Monthly, "o", "s"));

        Assert.Equal("code", error.Field);
    }

    [Fact]
    public void RecordMeasurement_NewPeriod_IsAdded()
    {
        var indicator = Csat();

        var measurement = indicator.RecordMeasurement(January, January.AddMonths(1).AddDays(-1), 91.5, 120, "January survey");

        Assert.Same(measurement, Assert.Single(indicator.Measurements));
        Assert.Equal(120, measurement.SampleSize);
    }

    [Fact]
    public void RecordMeasurement_SamePeriodTwice_IsRefusedWithClearError()
    {
        var indicator = Csat();
        indicator.RecordMeasurement(January, new DateOnly(2026, 1, 31), 91.5);

        var error = Assert.Throws<DomainValidationException>(() => indicator.RecordMeasurement(January, new DateOnly(2026, 1, 31), 70));

        Assert.Equal("periodStart", error.Field);
        Assert.Contains("2026-01-01 to 2026-01-31", error.Message, StringComparison.Ordinal);
        Assert.Equal(91.5, Assert.Single(indicator.Measurements).Value);
    }

    [Fact]
    public void RecordMeasurement_OverlappingPeriod_IsRefused()
    {
        var indicator = Csat();
        indicator.RecordMeasurement(January, new DateOnly(2026, 1, 31), 91.5);

        Assert.Throws<DomainValidationException>(() => indicator.RecordMeasurement(new DateOnly(2026, 1, 15), new DateOnly(2026, 2, 14), 90));
    }

    [Theory]
    [InlineData(2026, 1, 31, 0, double.NaN, "value")]
    [InlineData(2026, 1, 31, 0, double.PositiveInfinity, "value")]
    [InlineData(2025, 12, 31, 0, 90, "periodEnd")]
    [InlineData(2026, 1, 31, -1, 90, "sampleSize")]
    public void RecordMeasurement_BadInput_NamesTheFieldAndAddsNothing(int endYear, int endMonth, int endDay, int sampleSize, double value, string field)
    {
        var indicator = Csat();

        var error = Assert.Throws<DomainValidationException>(() => indicator.RecordMeasurement(
            January, new DateOnly(endYear, endMonth, endDay), value, sampleSize == 0 ? null : sampleSize));

        Assert.Equal(field, error.Field);
        Assert.Empty(indicator.Measurements);
    }
}
