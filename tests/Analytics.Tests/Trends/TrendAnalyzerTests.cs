using CustomerComms.Analytics.Trends;

namespace CustomerComms.Analytics.Tests.Trends;

public sealed class TrendAnalyzerTests
{
    [Fact]
    public void Analyze_DecliningSatisfaction_AllThreeMethodsAgreeOnDirection()
    {
        double[] csi = [82, 81, 83, 79, 78, 80, 76, 75, 77, 73, 72, 74];

        TrendAnalysis analysis = TrendAnalyzer.Analyze(csi);

        Assert.True(analysis.Ols.Slope < 0);
        Assert.True(analysis.Ols.PValue < 0.05);
        Assert.True(analysis.MannKendall.S < 0);
        Assert.True(analysis.MannKendall.PValue < 0.05);
        Assert.True(analysis.Sen.Upper < 0);
    }

    [Fact]
    public void Analyze_TwoPoints_Throws()
    {
        Assert.Throws<ArgumentException>(() => TrendAnalyzer.Analyze([1, 2]));
    }
}
