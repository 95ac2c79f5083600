using CustomerComms.Domain.Satisfaction;

namespace CustomerComms.Domain.DemoData;

public sealed partial class DemoDataGenerator
{
    /// <summary>
    /// Monthly indicator values over the complete months of the history. Each synthetic series has a genuine trend
    /// and some carry a sustained shift (a special cause) that a control chart should flag; three are computed from
    /// the generated complaints and orders.
    /// </summary>
    private async Task GenerateIndicatorsAsync(CancellationToken cancellationToken)
    {
        var firstMonth = new DateOnly(_from.Year, _from.Month, 1);
        if (_from.Day != 1)
        {
            firstMonth = firstMonth.AddMonths(1);
        }

        var months = new List<DateOnly>();
        for (var month = firstMonth; month.AddMonths(1) <= _options.Until.AddDays(1); month = month.AddMonths(1))
        {
            months.Add(month);
        }

        var shiftStart = months.Count * 2 / 3;
        var indicators = new (CsiIndicator Indicator, Func<int, DateOnly, (double Value, int? N)> Value)[]
        {
            (new CsiIndicator("CSAT", "Customer satisfaction (top-two-box)", "Share of survey answers of 4 or 5 on the 1–5 satisfaction question.",
                "%", IndicatorDirection.HigherIsBetter, 85, 82, 78, MeasurementFrequency.Monthly, "Head of Customer Service", "Transactional survey"),
                (i, _) => (Math.Round(86 - (0.08 * i) - (i >= shiftStart && i < shiftStart + 3 ? 6 : 0) + Normal(0, 1.2), 1), 120 + _random.Next(40))),
            (new CsiIndicator("NPS", "Net Promoter Score", "Promoters minus detractors, in percentage points, on the 0–10 recommendation question.",
                "points", IndicatorDirection.HigherIsBetter, 40, 32, 25, MeasurementFrequency.Monthly, "Head of Sales", "Relationship survey"),
                (i, _) => (Math.Round(30 + (0.35 * i) + Normal(0, 3.5), 1), 90 + _random.Next(30))),
            (new CsiIndicator("CES", "Customer effort score", "Mean answer to 'How easy was it to get your issue resolved?' on a 1–7 scale (1 = very easy).",
                "score", IndicatorDirection.LowerIsBetter, 2.5, 3.0, 3.5, MeasurementFrequency.Monthly, "Head of Customer Service", "Transactional survey"),
                (i, _) => (Math.Round(2.9 - (0.01 * i) + Normal(0, 0.12), 2), 80 + _random.Next(30))),
            (new CsiIndicator("OTD", "On-time delivery", "Share of order lines delivered on or before the confirmed date.",
                "%", IndicatorDirection.HigherIsBetter, 95, 92, 90, MeasurementFrequency.Monthly, "Logistics Manager", "ERP delivery records"),
                (i, _) => (Math.Round(Math.Min(99.9, 95.5 + (0.03 * i) - (i >= months.Count / 2 && i < (months.Count / 2) + 4 ? 4.5 : 0) + Normal(0, 0.8)), 1), 1800 + _random.Next(400))),
            (new CsiIndicator("FRT", "First response time", "Median hours from an inbound inquiry to the first answer.",
                "h", IndicatorDirection.LowerIsBetter, 24, 30, 36, MeasurementFrequency.Monthly, "Head of Customer Service", "Communication log"),
                (i, _) => (Math.Round(Math.Max(4, 28 - (0.2 * i) + Normal(0, 2.5)), 1), 400 + _random.Next(200))),
            (new CsiIndicator("COMPLAINT-RATE", "Complaints per 1,000 orders", "Complaints received in the month per thousand orders received.",
                "per 1,000", IndicatorDirection.LowerIsBetter, 140, 170, 200, MeasurementFrequency.Monthly, "Quality Manager", "Complaint register"),
                (i, month) =>
                {
                    var index = _monthly.MonthIndex(month.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
                    var orders = Math.Max(1, _monthly.Orders(index));
                    return (Math.Round(1000.0 * _monthly.Complaints(index) / orders, 1), orders);
                }),
            (new CsiIndicator("ACK-SLA", "Complaints acknowledged within SLA", "Share of complaints received in the month that were acknowledged by their due time.",
                "%", IndicatorDirection.HigherIsBetter, 95, 90, 85, MeasurementFrequency.Monthly, "Quality Manager", "Complaint register"),
                (i, month) =>
                {
                    var (inTime, acknowledged) = _monthly.Acknowledgements(_monthly.MonthIndex(month.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
                    return (acknowledged == 0 ? 100 : Math.Round(100.0 * inTime / acknowledged, 1), acknowledged);
                }),
            (new CsiIndicator("TIME-TO-CLOSE", "Days to close a complaint", "Mean calendar days from receipt to closure of the complaints received in the month.",
                "days", IndicatorDirection.LowerIsBetter, 14, 18, 22, MeasurementFrequency.Monthly, "Quality Manager", "Complaint register"),
                (i, month) =>
                {
                    var (mean, count) = _monthly.TimeToClose(_monthly.MonthIndex(month.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
                    return (Math.Round(mean, 1), count);
                }),
            (new CsiIndicator("REPEAT-BUSINESS", "Repeat-order customers", "Share of active customers who placed an order in the month and in the month before.",
                "%", IndicatorDirection.HigherIsBetter, 70, 65, 60, MeasurementFrequency.Monthly, "Head of Sales", "ERP order records"),
                (i, _) => (Math.Round(66 + (0.12 * i) + Normal(0, 1.5), 1), 140 + _random.Next(10))),
        };

        foreach (var (indicator, value) in indicators)
        {
            for (var i = 0; i < months.Count; i++)
            {
                var (measured, n) = value(i, months[i]);
                if (n == 0)
                {
                    continue;
                }

                indicator.RecordMeasurement(months[i], months[i].AddMonths(1).AddDays(-1), measured, n, note: null);
            }

            Add(indicator, "satisfaction indicators");
            _summary.Add("measurements", indicator.Measurements.Count);
        }

        await FlushAsync(cancellationToken);
    }

    /// <summary>A relationship survey each quarter with NPS, CSAT, CES and a comment, answered by a share of the customers.</summary>
    private async Task GenerateSurveysAsync(CancellationToken cancellationToken)
    {
        for (var opens = new DateTime(_from.Year, _from.Month, 1, 8, 0, 0, DateTimeKind.Utc).AddMonths(1); opens < _until; opens = opens.AddMonths(3))
        {
            var closes = opens.AddDays(28);
            var survey = new Survey($"Customer relationship survey {opens:yyyy-MM}", SurveyKind.Relationship, opens, closes);
            var nps = survey.AddQuestion("How likely are you to recommend us to a colleague?", QuestionType.Nps);
            var csat = survey.AddQuestion("How satisfied are you with our products and services overall?", QuestionType.Csat);
            var ces = survey.AddQuestion("How easy is it to do business with us?", QuestionType.Ces);
            var comment = survey.AddQuestion("What should we improve?", QuestionType.FreeText);
            survey.Open(opens);
            Add(survey, "surveys");

            var lastAnswer = closes < _until ? closes : _until;
            // Satisfaction drifts upwards over the years; scores are drawn around that level.
            var level = 0.55 + (0.1 * (opens - _from).TotalDays / (_until - _from).TotalDays);
            foreach (var customer in _customers.Where(_ => Chance(0.4)))
            {
                var mood = Math.Clamp(Normal(level, 0.2), 0, 1);
                var answers = new List<SurveyAnswerInput>
                {
                    new(nps, Score: (int)Math.Round(mood * 10)),
                    new(csat, Score: 1 + (int)Math.Round(mood * 4)),
                    new(ces, Score: 7 - (int)Math.Round(mood * 6)),
                };
                if (Chance(0.3))
                {
                    answers.Add(new(comment, Text: mood > 0.6 ? "Keep the fast support." : "Delivery dates need to be more reliable."));
                }

                var response = survey.Submit(customer.Id, OfficeTime(opens, lastAnswer), answers);
                Add(response, "survey responses");
            }

            if (closes < _until)
            {
                survey.Close(closes);
            }

            await FlushAsync(cancellationToken);
        }
    }
}
