using CustomerComms.Domain.Complaints;
using CustomerComms.Reports.Model;
using static CustomerComms.Reports.Tests.Queries.HandMadeRecords;

namespace CustomerComms.Reports.Tests.Queries;

/// <summary>c4) complaints and corrective actions over hand-made records; shares are percentages rounded to 4 decimals.</summary>
public sealed class ComplaintNumbersTests
{
    [Fact]
    public async Task BuildAsync_ComplaintsAroundThePeriod_CountsParetoSeverityStatusAndSafety()
    {
        var records = new HandMadeRecords();
        // June: Delivery 3, ProductQuality 2, Service 1, Billing 1 = 7, received from the first to the last instant.
        records.Complaint(At(2026, 6, 1), ComplaintSeverity.Low, ComplaintCategory.Delivery);
        records.Complaint(At(2026, 6, 10), ComplaintSeverity.Low, ComplaintCategory.Delivery);
        records.Complaint(At(2026, 6, 30, 23, 59), ComplaintSeverity.Medium, ComplaintCategory.Delivery);
        records.Complaint(At(2026, 6, 11), ComplaintSeverity.Critical, ComplaintCategory.ProductQuality, isSafetyRelated: true);
        records.Complaint(At(2026, 6, 12), ComplaintSeverity.High, ComplaintCategory.ProductQuality).Acknowledge(At(2026, 6, 12, 2));
        records.Complaint(At(2026, 6, 13), ComplaintSeverity.Medium, ComplaintCategory.Billing);
        records.Answered(At(2026, 6, 14), At(2026, 6, 14, 1), At(2026, 6, 15)).Close(customerAccepted: true, 5, At(2026, 6, 16));
        // The first instant after the period, and the previous period May from its first to its last minute.
        records.Complaint(At(2026, 7, 1), ComplaintSeverity.Critical, ComplaintCategory.Safety, isSafetyRelated: true);
        records.Complaint(At(2026, 5, 1));
        records.Complaint(At(2026, 5, 31, 23, 59));
        records.Complaint(At(2026, 4, 30, 23, 59));

        var complaints = (await records.ReportAsync(June)).Complaints;

        Assert.Equal((7, 2, 1), (complaints.Received, complaints.PreviousReceived, complaints.SafetyRelated));
        // Largest first, equal counts in the order of the category list (Service before Billing).
        // 3/7 = 42.8571 %, 2/7 = 28.5714 % (cumulative 5/7 = 71.4286 %), 1/7 = 14.2857 % (6/7 = 85.7143 %).
        Assert.Equal(
            [
                new ParetoLine("Delivery", 3, 42.8571, 42.8571),
                new ParetoLine("ProductQuality", 2, 28.5714, 71.4286),
                new ParetoLine("Service", 1, 14.2857, 85.7143),
                new ParetoLine("Billing", 1, 14.2857, 100),
            ],
            complaints.ByCategory);
        // Low 2, Medium 3 (the answered one is Medium), High 1, Critical 1.
        Assert.Equal(
            [new CountLine("Low", 2, 28.5714), new CountLine("Medium", 3, 42.8571), new CountLine("High", 1, 14.2857), new CountLine("Critical", 1, 14.2857)],
            complaints.BySeverity);
        Assert.Equal(
            [
                new CountLine("Received", 5, 71.4286), new CountLine("Acknowledged", 1, 14.2857), new CountLine("Assessed", 0, 0),
                new CountLine("Investigating", 0, 0), new CountLine("Responded", 0, 0), new CountLine("Escalated", 0, 0),
                new CountLine("Closed", 1, 14.2857), new CountLine("Reopened", 0, 0),
            ],
            complaints.ByStatus);
    }

    [Fact]
    public async Task BuildAsync_QuarterWithItsPreviousQuarter_ChartsComplaintsPerHundredInboundCommunications()
    {
        var records = new HandMadeRecords();
        // January to June: inbound communications 50, 100, 50, 100, 50, 100 (0.5 or 1 hundred),
        // complaints 1, 3, 2, 2, 1, 0.
        int[] communications = [50, 100, 50, 100, 50, 100];
        int[] complaints = [1, 3, 2, 2, 1, 0];
        for (var month = 0; month < 6; month++)
        {
            var first = At(2026, 1 + month, 1);
            for (var i = 0; i < communications[month]; i++)
            {
                records.Inbound(first.AddHours(i));
            }

            for (var i = 0; i < complaints[month]; i++)
            {
                records.Complaint(first.AddDays(1 + i));
            }
        }

        records.Outbound(At(2026, 3, 5));
        var secondQuarter = ReportPeriod.Of(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));

        var rate = (await records.ReportAsync(secondQuarter)).Complaints.RatePoints;

        // Three previous months are fewer than the six a frozen baseline needs, so the limits come from all six:
        // ū = 9 complaints / 4.5 hundred = 2; UCL = ū + 3·√(ū/n) = 2 + 3·√4 = 8 for n = 0.5 and 2 + 3·√2 for n = 1;
        // both lower limits are below 0 and floored there. No run rule fires.
        var wide = Math.Round(2 + (3 * Math.Sqrt(2)), 10);
        Assert.Equal(
            [
                (new DateOnly(2026, 1, 1), 1, 50, 2.0, 2.0, 0.0, 8.0, false),
                (new DateOnly(2026, 2, 1), 3, 100, 3.0, 2.0, 0.0, wide, false),
                (new DateOnly(2026, 3, 1), 2, 50, 4.0, 2.0, 0.0, 8.0, false),
                (new DateOnly(2026, 4, 1), 2, 100, 2.0, 2.0, 0.0, wide, true),
                (new DateOnly(2026, 5, 1), 1, 50, 2.0, 2.0, 0.0, 8.0, true),
                (new DateOnly(2026, 6, 1), 0, 100, 0.0, 2.0, 0.0, wide, true),
            ],
            rate.Select(p => (p.Month, p.Complaints, p.Communications, p.Rate, p.Center, p.LowerLimit, p.UpperLimit, p.InPeriod)));
        Assert.All(rate, p => Assert.Empty(p.Rules));
    }

    [Fact]
    public async Task BuildAsync_CorrectiveActionsAroundThePeriod_CountsOutcomesAndAgesThoseOpenAtTheEnd()
    {
        var records = new HandMadeRecords();
        // Opened in May, verified effective on 06-05 and closed on 06-06: closed and verified in June.
        records.Closed(At(2026, 5, 10), At(2026, 6, 5), At(2026, 6, 6));
        // Opened at the first instant of June, found not effective on 06-12 and back in progress.
        records.Implemented(At(2026, 6, 1), At(2026, 6, 10))
            .VerifyEffectiveness(effective: false, "Seals still fail.", "Quality manager", At(2026, 6, 12));
        // Opened 06-20, verified effective 06-25, closed only after the end: still open at it.
        records.Closed(At(2026, 6, 20), At(2026, 6, 25), At(2026, 7, 3));
        // Ages at the end 07-01 00:00: 0–30 days is opened on or after 06-01 00:00, 31–90 on or after 04-02 00:00,
        // 91–180 on or after 01-02 00:00 (07-01 is 181 days after 01-01).
        records.Action(At(2026, 5, 31, 23));
        records.Action(At(2026, 4, 2));
        records.Action(At(2026, 4, 1, 23));
        records.Action(At(2026, 1, 2));
        records.Action(At(2026, 1, 1));
        // Opened at the first instant after the period, and opened and closed in May: in no figure.
        records.Action(At(2026, 7, 1));
        records.Closed(At(2026, 5, 1), At(2026, 5, 19), At(2026, 5, 20));

        var actions = (await records.ReportAsync(June)).Complaints.CorrectiveActions;

        // Opened: 06-01 and 06-20. Closed: 06-06. Verified effective: 06-05 and 06-25; not effective: 06-12.
        // Open at the end: 06-01, 06-20, 05-31, 04-02, 04-01, 01-02 and 01-01 = 7.
        Assert.Equal(
            new CorrectiveActionSummary(2, 1, 2, 1, 7, actions.Ageing),
            actions);
        Assert.Equal(
            [
                new CountLine("0–30 days", 2, 28.5714), new CountLine("31–90 days", 2, 28.5714),
                new CountLine("91–180 days", 2, 28.5714), new CountLine("over 180 days", 1, 14.2857),
            ],
            actions.Ageing);
    }

    [Fact]
    public async Task BuildAsync_PeriodOfTenDays_ComparesWithTheTenDaysBefore()
    {
        var records = new HandMadeRecords();
        // Period 06-11 to 06-20; the previous period is the same number of days before it: 06-01 to 06-10.
        records.Complaint(At(2026, 5, 31, 23, 59));
        records.Complaint(At(2026, 6, 1));
        records.Complaint(At(2026, 6, 10, 23, 59));
        records.Complaint(At(2026, 6, 11));
        records.Complaint(At(2026, 6, 20, 23, 59));
        records.Complaint(At(2026, 6, 21));

        var complaints = (await records.ReportAsync(ReportPeriod.Of(new DateOnly(2026, 6, 11), new DateOnly(2026, 6, 20)))).Complaints;

        Assert.Equal((2, 2), (complaints.Received, complaints.PreviousReceived));
    }

    [Fact]
    public async Task BuildAsync_HalfYearAfterSixPreviousMonths_FreezesTheRateLimitsOnThePreviousHalfAndFlagsAPointBeyond()
    {
        var records = new HandMadeRecords();
        // July 2025 to June 2026: 50 inbound communications (half a hundred) every month, one complaint a month
        // except five in June 2026.
        for (var month = 0; month < 12; month++)
        {
            var first = At(2025, 7, 1).AddMonths(month);
            for (var i = 0; i < 50; i++)
            {
                records.Inbound(first.AddHours(i));
            }

            for (var i = 0; i < (month == 11 ? 5 : 1); i++)
            {
                records.Complaint(first.AddDays(1 + i));
            }
        }

        var firstHalf = ReportPeriod.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));

        var rate = (await records.ReportAsync(firstHalf)).Complaints.RatePoints;

        // Six previous months are enough for a baseline: ū = 6 / 3 = 2 from July–December only (all twelve would
        // give 16 / 6), UCL = 2 + 3·√(2 / 0.5) = 8. June's rate 5 / 0.5 = 10 is beyond it; the others sit on the centre.
        Assert.Equal(12, rate.Count);
        Assert.All(rate, p => Assert.Equal((2.0, 0.0, 8.0), (p.Center, p.LowerLimit, p.UpperLimit)));
        Assert.Equal([.. Enumerable.Repeat(2.0, 11), 10.0], rate.Select(p => p.Rate));
        Assert.Equal(["Nelson 1: beyond a control limit"], rate[11].Rules);
        Assert.All(rate.Take(11), p => Assert.False(p.Flagged));
        Assert.Equal([.. Enumerable.Repeat(false, 6), .. Enumerable.Repeat(true, 6)], rate.Select(p => p.InPeriod));
    }
}
