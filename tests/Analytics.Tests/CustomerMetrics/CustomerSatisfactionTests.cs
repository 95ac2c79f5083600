using CustomerComms.Analytics.CustomerMetrics;

namespace CustomerComms.Analytics.Tests.CustomerMetrics;

public sealed class CustomerSatisfactionTests
{
    [Fact]
    public void FromScores_EightOfTenInTopTwoBoxes_MatchesWilsonInterval()
    {
        // Wilson 95 % interval for 8/10 is [0.4902, 0.9433].
        CustomerSatisfaction csat = CustomerSatisfaction.FromScores([5, 4, 5, 4, 4, 5, 5, 4, 3, 1]);

        Assert.Equal(8, csat.Satisfied);
        Approx.Equal(80, csat.Percent, 1e-12, "percent");
        Approx.Equal(49.016247153664175, csat.WilsonLower, 1e-9, "Wilson lower");
        Approx.Equal(94.33178485456249, csat.WilsonUpper, 1e-9, "Wilson upper");
        Approx.Equal(100 * Math.Sqrt(0.016), csat.StandardError, 1e-12, "SE");
    }

    [Fact]
    public void FromScores_SevenPointScale_TopTwoAreSixAndSeven()
    {
        CustomerSatisfaction csat = CustomerSatisfaction.FromScores([7, 6, 5, 4], scaleMax: 7);

        Assert.Equal(2, csat.Satisfied);
    }

    [Fact]
    public void FromScores_NobodySatisfied_HasANonDegenerateUpperBound()
    {
        CustomerSatisfaction csat = CustomerSatisfaction.FromScores([1, 2, 3]);

        Assert.Equal(0, csat.Percent);
        Assert.Equal(0, csat.WilsonLower, 12);
        Assert.True(csat.WilsonUpper > 0);
    }

    [Fact]
    public void FromScores_AnswerAboveScale_Throws()
    {
        Assert.Throws<ArgumentException>(() => CustomerSatisfaction.FromScores([6]));
    }

    [Fact]
    public void FromScores_NoAnswers_Throws()
    {
        Assert.Throws<ArgumentException>(() => CustomerSatisfaction.FromScores([]));
    }
}
