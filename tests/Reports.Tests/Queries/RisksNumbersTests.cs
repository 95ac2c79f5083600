using CustomerComms.Domain.Risks;
using CustomerComms.Reports.Model;
using static CustomerComms.Reports.Tests.Queries.HandMadeRecords;

namespace CustomerComms.Reports.Tests.Queries;

/// <summary>
/// e) the risk and opportunity register at the end of June 2026 (2026-07-01 00:00). Score = likelihood × impact;
/// bands Low ≤ 5, Medium 6–10, High 11–19, Critical ≥ 20. A review is due its frequency in months after the last one.
/// </summary>
public sealed class RisksNumbersTests
{
    [Fact]
    public async Task BuildAsync_RegisterAroundThePeriod_CountsBandsTreatmentsReviewsAndOverdueReviews()
    {
        var records = new HandMadeRecords();
        // 4 × 5 = 20 Critical, mitigated to 2 × 5 = 10 Medium; next review 07-01 09:00, the day after the period.
        records.Risk(At(2026, 1, 1, 9), 4, 5).PlanTreatment(RiskTreatment.Mitigate, "Second seal supplier.", 2, 5);
        // 3 × 4 = 12 High, not treated; next review 06-30 09:00, the last day: not done by the end, so overdue.
        records.Risk(At(2025, 12, 30, 9), 3, 4);
        // 3 × 3 = 9 Medium, transferred; reviewed on 06-02 (effective, now 2 × 2 = 4 Low).
        var transferred = records.Risk(At(2025, 11, 29, 9), 3, 3);
        transferred.PlanTreatment(RiskTreatment.Transfer, "Insure the stock.");
        transferred.RecordReview(At(2026, 6, 2), "Ann", 2, 2, effective: true, null);
        // Opportunity 2 × 4 = 8 Medium, enhanced; reviewed on 06-01 (not effective, now 3 × 3 = 9 Medium).
        var opportunity = records.Risk(At(2025, 12, 1, 9), 2, 4, kind: RiskKind.Opportunity);
        opportunity.PlanTreatment(RiskTreatment.Enhance, "Offer the portal to all customers.");
        opportunity.RecordReview(At(2026, 6, 1, 10), "Ann", 3, 3, effective: false, "Few customers use it.");
        // Reviewed on 06-10 (effective) and closed on 06-15: its review counts, the entry is not open at the end.
        var closed = records.Risk(At(2026, 1, 5), 1, 1);
        closed.RecordReview(At(2026, 6, 10), "Ann", 1, 1, effective: true, null);
        closed.Close(At(2026, 6, 15));
        // 1 × 2 = 2 Low, reviewed every 3 months, last on 02-20: due 05-20, overdue; closed only after the end.
        var lateClosed = records.Risk(At(2026, 1, 5), 1, 2, reviewFrequencyMonths: 3);
        lateClosed.RecordReview(At(2026, 2, 20), "Ann", 1, 2, effective: true, null);
        lateClosed.Close(At(2026, 7, 3));
        // Identified at the first instant after the period: not in the register at its end.
        records.Risk(At(2026, 7, 1), 5, 5);

        var risks = (await records.ReportAsync(June)).Risks;

        // Open at the end: 20, 12, 9→4, 8→9 and 2: five entries, one per band and two Medium (20 % each, Medium 40 %).
        Assert.Equal(5, risks.Open);
        Assert.Equal(
            [new CountLine("Low", 1, 20), new CountLine("Medium", 2, 40), new CountLine("High", 1, 20), new CountLine("Critical", 1, 20)],
            risks.ByBand);
        // Treated entries by the score before treatment, highest first.
        Assert.Equal(
            [
                ("Risk", 20, "Critical", (int?)10, "Medium", "Mitigate", false),
                ("Risk", 9, "Medium", 4, "Low", "Transfer", false),
                ("Opportunity", 8, "Medium", 9, "Medium", "Enhance", false),
            ],
            risks.Treated.Select(r => (r.Kind, r.Score, r.Band, r.ResidualScore, r.ResidualBand, r.Treatment, r.ReviewOverdue)));
        // Reviews dated in June: 06-01 (not effective), 06-02 and 06-10; the one of 02-20 is not.
        Assert.Equal((3, 2), (risks.ReviewsInPeriod, risks.ReviewsEffective));
        Assert.Equal(2, risks.OverdueReviews);
    }

    [Fact]
    public async Task BuildAsync_ReviewDueOnTheLastDayOrTheDayAfter_IsOverdueOnlyWhenDueWithinThePeriod()
    {
        var records = new HandMadeRecords();
        // Six-monthly reviews of two treated risks: due 06-30 23:59 and 07-01 00:00.
        records.Risk(At(2025, 12, 30, 23, 59), 2, 3).PlanTreatment(RiskTreatment.Mitigate, "Check weekly.", 1, 3);
        records.Risk(At(2026, 1, 1), 2, 3).PlanTreatment(RiskTreatment.Mitigate, "Check weekly.", 1, 3);

        var risks = (await records.ReportAsync(June)).Risks;

        Assert.Equal(1, risks.OverdueReviews);
        Assert.Equal([true, false], risks.Treated.Select(r => r.ReviewOverdue));
    }

    [Fact]
    public async Task BuildAsync_OverdueReviewDoneOnlyAfterTheEnd_IsStillOverdueAtTheEnd()
    {
        var records = new HandMadeRecords();
        // Six-monthly: due 06-15 09:00 and reviewed only on 07-02, which moved the next review to 2027-01-02.
        var late = records.Risk(At(2025, 12, 15, 9), 3, 3);
        late.PlanTreatment(RiskTreatment.Mitigate, "Check weekly.", 2, 3);
        late.RecordReview(At(2026, 7, 2), "Ann", 2, 3, effective: true, null);
        // Monthly: reviewed on 05-01, so due 06-01; reviewed again only on 07-03.
        var monthly = records.Risk(At(2026, 4, 1), 2, 2, reviewFrequencyMonths: 1);
        monthly.RecordReview(At(2026, 5, 1), "Ann", 2, 2, effective: true, null);
        monthly.RecordReview(At(2026, 7, 3), "Ann", 2, 2, effective: true, null);
        // Reviewed in time on 06-10 (next due 12-10) and again after the end: not overdue at the end.
        var inTime = records.Risk(At(2025, 12, 10), 1, 2);
        inTime.RecordReview(At(2026, 6, 10), "Ann", 1, 2, effective: true, null);
        inTime.RecordReview(At(2026, 7, 4), "Ann", 1, 2, effective: true, null);

        var report = await records.ReportAsync(June);

        Assert.Equal(2, report.Risks.OverdueReviews);
        Assert.True(Assert.Single(report.Risks.Treated).ReviewOverdue);
        Assert.Equal(2, Assert.Single(report.Resources.Owners).Overdue);
    }
}
