using System.Text.Json;
using CustomerComms.Api.Tests.GraphQL.Domain;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Satisfaction;

namespace CustomerComms.Api.Tests.GraphQL.Analysis;

/// <summary>
/// Analyses over stored data against numbers worked out by hand from a small data set: January and February 2025
/// with 10 and 20 inbound communications, three complaints with known handling times, and six NPS answers.
/// </summary>
public sealed class StoredAnalysisTests(StoredAnalysisTests.Data data) : IClassFixture<StoredAnalysisTests.Data>
{
    private const string Window = "from: \"2025-01-01\", to: \"2025-02-28\"";

    [Fact]
    public async Task ComplaintRate_ByMonth_CountsInboundCommunicationsAndComplaintsAndChartsTheRate()
    {
        var result = (await data.Api.DataAsync($"{{ complaintRate({Window}) {{ periods {{ periodStart periodEnd complaints communications rate }} chart {{ kind center points {{ value upperLimit }} }} }} }}"))
            .GetProperty("complaintRate");

        var periods = result.GetProperty("periods");
        Assert.Equal(2, periods.GetArrayLength());
        Assert.Equal("2025-01-01", periods[0].GetProperty("periodStart").GetString());
        Assert.Equal("2025-01-31", periods[0].GetProperty("periodEnd").GetString());
        Assert.Equal(2, periods[0].GetProperty("complaints").GetInt32());
        Assert.Equal(10, periods[0].GetProperty("communications").GetInt32());
        Assert.Equal(0.2, periods[0].GetProperty("rate").GetDouble(), 12);
        Assert.Equal(1, periods[1].GetProperty("complaints").GetInt32());
        Assert.Equal(20, periods[1].GetProperty("communications").GetInt32());
        var chart = result.GetProperty("chart");
        Assert.Equal("U", chart.GetProperty("kind").GetString());
        Assert.Equal(0.1, chart.GetProperty("center").GetDouble(), 12);
        // ū + 3·√(ū/n) for January's n = 10.
        Assert.Equal(0.1 + (3 * Math.Sqrt(0.1 / 10)), chart.GetProperty("points")[0].GetProperty("upperLimit").GetDouble(), 12);
        Assert.Equal(0.05, chart.GetProperty("points")[1].GetProperty("value").GetDouble(), 12);
    }

    [Fact]
    public async Task ComplaintRate_ByQuarter_AddsTheMonthsUp()
    {
        var periods = (await data.Api.DataAsync($"{{ complaintRate({Window}, period: QUARTER) {{ periods {{ periodStart periodEnd complaints communications }} }} }}"))
            .GetProperty("complaintRate").GetProperty("periods");

        var quarter = Assert.Single(periods.EnumerateArray());
        Assert.Equal("2025-01-01", quarter.GetProperty("periodStart").GetString());
        Assert.Equal("2025-03-31", quarter.GetProperty("periodEnd").GetString());
        Assert.Equal(3, quarter.GetProperty("complaints").GetInt32());
        Assert.Equal(30, quarter.GetProperty("communications").GetInt32());
    }

    [Fact]
    public async Task ComplaintResponseTimes_ByMonth_GiveNearestRankPercentilesAndShareWithinSla()
    {
        var periods = (await data.Api.DataAsync(
            $"{{ complaintResponseTimes({Window}) {{ periodStart received acknowledgement {{ done medianHours p90Hours due withinSla shareWithinSla }} response {{ done medianHours p90Hours due withinSla shareWithinSla }} }} }}"))
            .GetProperty("complaintResponseTimes");

        Assert.Equal(2, periods.GetArrayLength());
        var january = periods[0];
        Assert.Equal(2, january.GetProperty("received").GetInt32());
        AssertTimes(january.GetProperty("acknowledgement"), done: 2, median: 2, p90: 6, due: 2, within: 1, share: 50);
        AssertTimes(january.GetProperty("response"), done: 2, median: 30, p90: 60, due: 2, within: 1, share: 50);
        var february = periods[1];
        AssertTimes(february.GetProperty("acknowledgement"), done: 1, median: 10, p90: 10, due: 1, within: 1, share: 100);
        AssertTimes(february.GetProperty("response"), done: 0, median: null, p90: null, due: 1, within: 0, share: 0);
    }

    [Fact]
    public async Task NetPromoterScoreByPeriod_ByWeek_GroupsMondayToSunday()
    {
        var periods = (await data.Api.DataAsync($"{{ netPromoterScoreByPeriod({Window}, period: WEEK) {{ periodStart periodEnd score {{ score promoters passives detractors n }} }} }}"))
            .GetProperty("netPromoterScoreByPeriod");

        Assert.Equal(["2025-01-13", "2025-01-20", "2025-02-10"], periods.EnumerateArray().Select(p => p.GetProperty("periodStart").GetString()));
        Assert.Equal("2025-01-19", periods[0].GetProperty("periodEnd").GetString());
        Assert.Equal(100, periods[0].GetProperty("score").GetProperty("score").GetDouble(), 12);
        Assert.Equal(-50, periods[1].GetProperty("score").GetProperty("score").GetDouble(), 12);
        Assert.Equal(0, periods[2].GetProperty("score").GetProperty("score").GetDouble(), 12);
        Assert.Equal(2, periods[2].GetProperty("score").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task NetPromoterScoreByPeriod_ByMonth_IgnoresOtherQuestionTypes()
    {
        var periods = (await data.Api.DataAsync($"{{ netPromoterScoreByPeriod({Window}) {{ periodStart score {{ score promoters passives detractors n }} }} }}"))
            .GetProperty("netPromoterScoreByPeriod");

        var january = periods[0].GetProperty("score");
        Assert.Equal(4, january.GetProperty("n").GetInt32());
        Assert.Equal(2, january.GetProperty("promoters").GetInt32());
        Assert.Equal(1, january.GetProperty("passives").GetInt32());
        Assert.Equal(25, january.GetProperty("score").GetDouble(), 12);
    }

    [Fact]
    public async Task CsiIndicatorSeries_ByMonthAndQuarter_AveragesTheMeasurementsOfEachPeriod()
    {
        var indicator = (await data.Api.DataAsync(
            "{ csiIndicators(where: { code: { eq: \"OTD-TEST\" } }) { nodes { monthly: series { periodStart periodEnd value measurements sampleSize } quarterly: series(period: QUARTER) { periodStart periodEnd value measurements sampleSize } spring: series(from: \"2025-03-01\", to: \"2025-04-30\") { value } } } }"))
            .GetProperty("csiIndicators").GetProperty("nodes")[0];

        Assert.Equal([70.0, 72, 74, 76, 78, 80], indicator.GetProperty("monthly").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()));
        Assert.Equal("2025-02-28", indicator.GetProperty("monthly")[1].GetProperty("periodEnd").GetString());
        var quarters = indicator.GetProperty("quarterly");
        Assert.Equal(("2025-01-01", "2025-03-31", 72.0, 3, 300), (quarters[0].GetProperty("periodStart").GetString(), quarters[0].GetProperty("periodEnd").GetString(), quarters[0].GetProperty("value").GetDouble(), quarters[0].GetProperty("measurements").GetInt32(), quarters[0].GetProperty("sampleSize").GetInt32()));
        Assert.Equal(78.0, quarters[1].GetProperty("value").GetDouble(), 12);
        Assert.Equal([74.0, 76], indicator.GetProperty("spring").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task CsiIndicatorTrendAndChart_StraightLine_GiveItsSlopeAndTheXmrLimits()
    {
        var indicator = (await data.Api.DataAsync(
            "{ csiIndicators(where: { code: { eq: \"OTD-TEST\" } }) { nodes { trend { ols { slope intercept rSquared } sen { slope } mannKendall { s } } controlChart(rules: [NELSON_1, NELSON_3]) { kind center sigma points { value upperLimit violations } } } } }"))
            .GetProperty("csiIndicators").GetProperty("nodes")[0];

        var trend = indicator.GetProperty("trend");
        Assert.Equal(2, trend.GetProperty("ols").GetProperty("slope").GetDouble(), 9);
        Assert.Equal(70, trend.GetProperty("ols").GetProperty("intercept").GetDouble(), 9);
        Assert.Equal(1, trend.GetProperty("ols").GetProperty("rSquared").GetDouble(), 9);
        Assert.Equal(2, trend.GetProperty("sen").GetProperty("slope").GetDouble(), 9);
        Assert.Equal(15, trend.GetProperty("mannKendall").GetProperty("s").GetDouble(), 9);
        var chart = indicator.GetProperty("controlChart");
        Assert.Equal("XMR", chart.GetProperty("kind").GetString());
        Assert.Equal(75, chart.GetProperty("center").GetDouble(), 9);
        // Every moving range is 2, so σ = MR̄/d2(2) = 2/(2/√π) = √π.
        Assert.Equal(Math.Sqrt(Math.PI), chart.GetProperty("sigma").GetDouble(), 9);
        Assert.Equal(75 + (3 * Math.Sqrt(Math.PI)), chart.GetProperty("points")[0].GetProperty("upperLimit").GetDouble(), 9);
        // Six points in a row increasing: Nelson 3 flags the sixth.
        Assert.Equal(["NELSON_3"], chart.GetProperty("points")[5].GetProperty("violations").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task CsiIndicatorControlChart_KindNeedingSubgroups_AnswersBadUserInput()
    {
        var response = await data.Api.PostAsync("{ csiIndicators(where: { code: { eq: \"OTD-TEST\" } }) { nodes { controlChart(kind: XBAR_R) { center } } } }");

        var error = response.GetProperty("errors")[0];
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("one value per period", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("complaintRate(from: \"2025-03-01\", to: \"2025-01-01\") { periods { rate } }", "must not be after")]
    [InlineData("netPromoterScoreByPeriod(surveyId: \"Q3VzdG9tZXI6MQ==\") { periodStart }", "is not the id of a survey")]
    public async Task StoredAnalysis_BadArguments_AnswerBadUserInput(string field, string message)
    {
        var response = await data.Api.PostAsync($"{{ {field} }}");

        var error = response.GetProperty("errors")[0];
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ComplaintRate_EmptyRange_HasNoPeriodsAndNoChart()
    {
        var result = (await data.Api.DataAsync("{ complaintRate(from: \"2020-01-01\", to: \"2020-12-31\") { periods { rate } chart { center } } }")).GetProperty("complaintRate");

        Assert.Equal(0, result.GetProperty("periods").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("chart").ValueKind);
    }

    private static void AssertTimes(JsonElement times, int done, double? median, double? p90, int due, int within, double share)
    {
        Assert.Equal(done, times.GetProperty("done").GetInt32());
        AssertHours(median, times.GetProperty("medianHours"));
        AssertHours(p90, times.GetProperty("p90Hours"));
        Assert.Equal(due, times.GetProperty("due").GetInt32());
        Assert.Equal(within, times.GetProperty("withinSla").GetInt32());
        Assert.Equal(share, times.GetProperty("shareWithinSla").GetDouble(), 9);
    }

    private static void AssertHours(double? expected, JsonElement actual)
    {
        if (expected is null)
        {
            Assert.Equal(JsonValueKind.Null, actual.ValueKind);
        }
        else
        {
            Assert.Equal(expected.Value, actual.GetDouble(), 6);
        }
    }

    /// <summary>The server with the hand-made data set stored.</summary>
    public sealed class Data : IAsyncLifetime
    {
        public DomainApi Api { get; } = new();

        public async Task InitializeAsync()
        {
            await Api.InitializeAsync();
            await Api.StoreAsync(db =>
            {
                var customer = new Customer("STATS-1", "Statistics Ltd", CustomerSegment.Enterprise, "DE");
                db.Add(customer);
                for (var i = 0; i < 30; i++)
                {
                    var month = i < 10 ? 1 : 2;
                    db.Add(new Communication(customer, CommunicationKind.Inquiry, CommunicationDirection.Inbound, CommunicationChannel.Email, $"Question {i}", null, Utc(2025, month, 5 + (i % 10), 10), "desk"));
                }

                db.Add(new Communication(customer, CommunicationKind.Order, CommunicationDirection.Outbound, CommunicationChannel.Email, "Offer", null, Utc(2025, 1, 7, 9), "sales"));
                db.Add(Handled(customer, 1, ComplaintSeverity.High, Utc(2025, 1, 10, 8), acknowledgeAfter: 2, respondAfter: 30));
                db.Add(Handled(customer, 2, ComplaintSeverity.Critical, Utc(2025, 1, 20, 8), acknowledgeAfter: 6, respondAfter: 60));
                db.Add(Handled(customer, 3, ComplaintSeverity.Low, Utc(2025, 2, 3, 9), acknowledgeAfter: 10, respondAfter: null));

                var survey = new Survey("Relationship 2025", SurveyKind.Relationship, Utc(2025, 1, 1, 0), Utc(2025, 3, 31, 0));
                var nps = survey.AddQuestion("How likely are you to recommend us?", QuestionType.Nps);
                var csat = survey.AddQuestion("How satisfied are you?", QuestionType.Csat);
                survey.Open(Utc(2025, 1, 1, 0));
                foreach (var (day, month, score) in new[] { (15, 1, 10), (19, 1, 9), (20, 1, 8), (20, 1, 3), (10, 2, 0), (10, 2, 10) })
                {
                    db.Add(survey.Submit(null, Utc(2025, month, day, 12), [new SurveyAnswerInput(nps, score), new SurveyAnswerInput(csat, 5)]));
                }

                db.Add(survey);

                var indicator = new CsiIndicator("OTD-TEST", "On-time delivery", "Orders delivered on time", "%", IndicatorDirection.HigherIsBetter, 95, 90, 80, MeasurementFrequency.Monthly, "Logistics", "ERP");
                for (var month = 1; month <= 6; month++)
                {
                    var start = new DateOnly(2025, month, 1);
                    indicator.RecordMeasurement(start, start.AddMonths(1).AddDays(-1), 68 + (2 * month), sampleSize: 100);
                }

                db.Add(indicator);
                return 0;
            });
        }

        public Task DisposeAsync() => Api.DisposeAsync();

        private static Complaint Handled(Customer customer, int sequence, ComplaintSeverity severity, DateTime received, double acknowledgeAfter, double? respondAfter)
        {
            var complaint = new Complaint(new ComplaintNumber(2025, sequence), customer, severity, ComplaintCategory.Delivery, "Late delivery", received);
            complaint.Acknowledge(received.AddHours(acknowledgeAfter));
            if (respondAfter is { } hours)
            {
                complaint.Assess(severity, false, null, received.AddHours(1 + acknowledgeAfter));
                complaint.StartInvestigation(received.AddHours(2 + acknowledgeAfter));
                complaint.Respond("Replacement shipped.", received.AddHours(hours));
            }

            return complaint;
        }

        private static DateTime Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);
    }
}
