namespace CustomerComms.Api.Tests.GraphQL.Analysis;

/// <summary>NPS and CSAT through GraphQL, against values worked out by hand.</summary>
public sealed class CustomerMetricsTests(AnalysisServer api) : IClassFixture<AnalysisServer>
{
    private const double Z = 1.959963984540054;

    [Fact]
    public async Task NetPromoterScore_TenAnswers_GivesHandComputedScoreAndIntervals()
    {
        var nps = await api.AnalysisAsync(
            "netPromoterScore",
            "{ analysis { netPromoterScore(scores: [10, 9, 9, 8, 7, 6, 3, 10, 9, 0]) { score promoters passives detractors n standardError waldLower waldUpper adjustedWaldLower adjustedWaldUpper } } }");

        // 5 promoters, 2 passives, 3 detractors: NPS = 100·(0.5 − 0.3) = 20, SE = 100·√((0.8 − 0.2²)/10).
        Assert.Equal(5, nps.GetProperty("promoters").GetInt32());
        Assert.Equal(2, nps.GetProperty("passives").GetInt32());
        Assert.Equal(3, nps.GetProperty("detractors").GetInt32());
        Assert.Equal(10, nps.GetProperty("n").GetInt32());
        ReferenceData.Near(20, nps.GetProperty("score"), 1e-12);
        var se = 100 * Math.Sqrt(0.076);
        ReferenceData.Near(se, nps.GetProperty("standardError"), 1e-9);
        ReferenceData.Near(20 - (Z * se), nps.GetProperty("waldLower"), 1e-6);
        ReferenceData.Near(20 + (Z * se), nps.GetProperty("waldUpper"), 1e-6);

        // Adjusted Wald: 5.75 promoters and 3.75 detractors of 13.
        double pP = 5.75 / 13, pD = 3.75 / 13;
        var adjusted = 100 * (pP - pD);
        var adjustedSe = 100 * Math.Sqrt((pP + pD - ((pP - pD) * (pP - pD))) / 13);
        ReferenceData.Near(adjusted - (Z * adjustedSe), nps.GetProperty("adjustedWaldLower"), 1e-6);
        ReferenceData.Near(adjusted + (Z * adjustedSe), nps.GetProperty("adjustedWaldUpper"), 1e-6);
    }

    [Fact]
    public async Task CustomerSatisfaction_DefaultFivePointScale_GivesTopTwoBoxWithWilsonInterval()
    {
        var csat = await api.AnalysisAsync(
            "customerSatisfaction",
            "{ analysis { customerSatisfaction(scores: [5, 4, 3, 5, 2, 4, 5, 1]) { percent n wilsonLower wilsonUpper } } }");

        // 5 of 8 answers are 4 or 5.
        const double p = 0.625, n = 8;
        var center = (p + (Z * Z / (2 * n))) / (1 + (Z * Z / n));
        var half = Z / (1 + (Z * Z / n)) * Math.Sqrt((p * (1 - p) / n) + (Z * Z / (4 * n * n)));
        ReferenceData.Near(62.5, csat.GetProperty("percent"), 1e-12);
        Assert.Equal(8, csat.GetProperty("n").GetInt32());
        ReferenceData.Near(100 * (center - half), csat.GetProperty("wilsonLower"), 1e-6);
        ReferenceData.Near(100 * (center + half), csat.GetProperty("wilsonUpper"), 1e-6);
    }

    [Fact]
    public async Task CustomerSatisfaction_SevenPointScale_CountsSixAndSevenAsSatisfied()
    {
        var csat = await api.AnalysisAsync(
            "customerSatisfaction",
            "{ analysis { customerSatisfaction(scores: [7, 6, 5, 4], scaleMax: 7) { percent n } } }");

        ReferenceData.Near(50, csat.GetProperty("percent"), 1e-12);
    }
}
