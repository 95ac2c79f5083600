using CustomerComms.Domain.Common;
using CustomerComms.Domain.Risks;

namespace CustomerComms.Domain.Tests.Risks;

public sealed class RiskScoringTests
{
    // Every product of two ratings 1–5, with its band by the §6.1 cut points (11 cannot occur).
    public static TheoryData<int, int, int, RiskBand> EveryRating()
    {
        var data = new TheoryData<int, int, int, RiskBand>();
        static RiskBand Expected(int score) => score switch
        {
            1 or 2 or 3 or 4 or 5 => RiskBand.Low,
            6 or 8 or 9 or 10 => RiskBand.Medium,
            12 or 15 or 16 => RiskBand.High,
            20 or 25 => RiskBand.Critical,
            _ => throw new InvalidOperationException($"{score} is not a product of two ratings."),
        };

        for (var likelihood = 1; likelihood <= 5; likelihood++)
        {
            for (var impact = 1; impact <= 5; impact++)
            {
                data.Add(likelihood, impact, likelihood * impact, Expected(likelihood * impact));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRating))]
    public void Score_EveryRating_IsProductInItsBand(int likelihood, int impact, int score, RiskBand band)
    {
        Assert.Equal(score, RiskScoring.Score(likelihood, impact));
        Assert.Equal(band, RiskScoring.Band(RiskScoring.Score(likelihood, impact)));
    }

    [Theory]
    [InlineData(5, RiskBand.Low)]
    [InlineData(6, RiskBand.Medium)]
    [InlineData(10, RiskBand.Medium)]
    [InlineData(11, RiskBand.High)]
    [InlineData(19, RiskBand.High)]
    [InlineData(20, RiskBand.Critical)]
    public void Band_CutPoints_AreInclusiveAsDocumented(int score, RiskBand band)
    {
        Assert.Equal(band, RiskScoring.Band(score));
    }

    [Theory]
    [InlineData(0, 3, "likelihood")]
    [InlineData(6, 3, "likelihood")]
    [InlineData(3, 0, "impact")]
    [InlineData(3, 6, "impact")]
    public void Score_RatingOutOfRange_NamesTheField(int likelihood, int impact, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() => RiskScoring.Score(likelihood, impact));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void TreatmentsFor_Risk_AreAvoidMitigateTransferAccept()
    {
        Assert.Equal(
            [RiskTreatment.Avoid, RiskTreatment.Mitigate, RiskTreatment.Transfer, RiskTreatment.Accept],
            RiskScoring.TreatmentsFor(RiskKind.Risk));
    }

    [Fact]
    public void TreatmentsFor_Opportunity_AreExploitEnhanceShareAccept()
    {
        Assert.Equal(
            [RiskTreatment.Exploit, RiskTreatment.Enhance, RiskTreatment.Share, RiskTreatment.Accept],
            RiskScoring.TreatmentsFor(RiskKind.Opportunity));
    }
}
