using CustomerComms.Analytics.CustomerMetrics;

namespace CustomerComms.Analytics.Tests.CustomerMetrics;

public sealed class NetPromoterScoreTests
{
    [Fact]
    public void FromScores_FivePromotersThreePassivesTwoDetractors_MatchesHandComputation()
    {
        // p_P = 0.5, p_D = 0.2: NPS 30, SE = 100·√((0.7 − 0.09)/10). Adjusted: (5.75 − 2.75)/13 with n = 13.
        NetPromoterScore nps = NetPromoterScore.FromScores([10, 9, 9, 10, 9, 8, 7, 7, 6, 0]);

        Assert.Equal((5, 3, 2, 10), (nps.Promoters, nps.Passives, nps.Detractors, nps.Count));
        Approx.Equal(30, nps.Score, 1e-12, "score");
        Approx.Equal(24.69817807045694, nps.StandardError, 1e-9, "SE");
        Approx.Equal(-18.407539501852565, nps.WaldLower, 1e-9, "Wald lower");
        Approx.Equal(78.40753950185257, nps.WaldUpper, 1e-9, "Wald upper");
        Approx.Equal(-19.05061537636367, nps.AdjustedWaldLower, 1e-9, "adjusted lower");
        Approx.Equal(65.20446153020983, nps.AdjustedWaldUpper, 1e-9, "adjusted upper");
    }

    [Fact]
    public void FromScores_AllPromoters_WaldIsDegenerateButAdjustedWaldIsNot()
    {
        NetPromoterScore nps = NetPromoterScore.FromScores([10, 10, 9, 9, 10]);

        Assert.Equal(100, nps.Score);
        Assert.Equal(0, nps.StandardError);
        Assert.Equal(100, nps.WaldLower);
        Assert.Equal(100, nps.WaldUpper);
        Assert.True(nps.AdjustedWaldLower < 100);
        Assert.True(nps.AdjustedWaldUpper <= 100);
    }

    [Fact]
    public void FromScores_BoundaryAnswers_AreClassifiedByTheStandardBands()
    {
        NetPromoterScore nps = NetPromoterScore.FromScores([6, 7, 8, 9]);

        Assert.Equal((2, 1, 1), (nps.Passives, nps.Promoters, nps.Detractors));
        Assert.Equal(0, nps.Score);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void FromScores_AnswerOutsideScale_Throws(int score)
    {
        Assert.Throws<ArgumentException>(() => NetPromoterScore.FromScores([5, score]));
    }

    [Fact]
    public void FromScores_NoAnswers_Throws()
    {
        Assert.Throws<ArgumentException>(() => NetPromoterScore.FromScores([]));
    }
}
