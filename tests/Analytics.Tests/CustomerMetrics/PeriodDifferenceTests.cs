using CustomerComms.Analytics.CustomerMetrics;

namespace CustomerComms.Analytics.Tests.CustomerMetrics;

public sealed class PeriodDifferenceTests
{
    [Fact]
    public void Between_TwoCsatPeriods_MatchesHandComputation()
    {
        CustomerSatisfaction current = CustomerSatisfaction.FromCounts(8, 10);
        CustomerSatisfaction previous = CustomerSatisfaction.FromCounts(5, 10);

        PeriodDifference change = PeriodDifference.Between(current, previous);

        // SE = 100·√(0.8·0.2/10 + 0.5·0.5/10).
        Approx.Equal(30, change.Difference, 1e-12, "difference");
        Approx.Equal(20.248456731316587, change.StandardError, 1e-9, "SE");
        Approx.Equal(1.4815943949743844, change.Z!.Value, 1e-9, "Z");
        Approx.Equal(0.1384482513197176, change.PValue, 1e-9, "p");
        Approx.Equal(30 - (1.959963984540054 * 20.248456731316587), change.Lower, 1e-9, "lower");
    }

    [Fact]
    public void Between_NpsPeriods_UsesWaldStandardErrors()
    {
        NetPromoterScore current = NetPromoterScore.FromCounts(60, 20, 20);
        NetPromoterScore previous = NetPromoterScore.FromCounts(50, 20, 30);

        PeriodDifference change = PeriodDifference.Between(current, previous);

        Approx.Equal(20, change.Difference, 1e-12, "difference");
        Approx.Equal(Math.Sqrt((current.StandardError * current.StandardError) + (previous.StandardError * previous.StandardError)), change.StandardError, 1e-12, "SE");
    }

    [Fact]
    public void Between_NoSpreadAndNoChange_GivesZeroAndPValueOne()
    {
        NetPromoterScore all = NetPromoterScore.FromCounts(5, 0, 0);

        PeriodDifference change = PeriodDifference.Between(all, all);

        Assert.Equal(0, change.Z);
        Assert.Equal(1, change.PValue);
    }

    [Fact]
    public void Between_NoSpreadButAChange_HasNoZ()
    {
        PeriodDifference change = PeriodDifference.Between(NetPromoterScore.FromCounts(5, 0, 0), NetPromoterScore.FromCounts(0, 0, 5));

        Assert.Equal(200, change.Difference);
        Assert.Null(change.Z);
        Assert.Equal(0, change.PValue);
    }
}
