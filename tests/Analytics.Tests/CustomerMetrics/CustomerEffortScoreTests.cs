using CustomerComms.Analytics.CustomerMetrics;

namespace CustomerComms.Analytics.Tests.CustomerMetrics;

public sealed class CustomerEffortScoreTests
{
    [Fact]
    public void FromScores_FiveAnswers_MatchesHandComputation()
    {
        // Mean 5.6, SD = √1.3, SE = SD/√5, t(0.975, 4) = 2.776445; the upper bound is clamped to the scale maximum 7.
        CustomerEffortScore ces = CustomerEffortScore.FromScores([5, 6, 7, 4, 6]);

        Approx.Equal(5.6, ces.Mean, 1e-12, "mean");
        Approx.Equal(Math.Sqrt(1.3), ces.StandardDeviation!.Value, 1e-12, "SD");
        Approx.Equal(0.5099019513592785, ces.StandardError, 1e-12, "SE");
        Approx.Equal(4.184285223017724, ces.Lower!.Value, 1e-6, "lower");
        Assert.Equal(7, ces.Upper);
    }

    [Fact]
    public void FromScores_OneAnswer_HasNoSpreadOrInterval()
    {
        CustomerEffortScore ces = CustomerEffortScore.FromScores([3]);

        Assert.Equal(3, ces.Mean);
        Assert.Null(ces.StandardDeviation);
        Assert.Null(ces.Lower);
        Assert.Equal(0, ces.StandardError);
    }

    [Fact]
    public void FromScores_AnswerOutsideScale_Throws()
    {
        Assert.Throws<ArgumentException>(() => CustomerEffortScore.FromScores([8]));
    }
}
