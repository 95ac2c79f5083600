using CustomerComms.Analytics.CustomerMetrics;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Analysis;

/// <summary>The customer-metric types of the analysis schema: NPS and CSAT.</summary>
internal static class CustomerMetricsSchema
{
    public static NetPromoterScore ResolveNetPromoterScore(ResolveContext context)
    {
        var scores = Scores(context);
        return UserInput.Compute(() => NetPromoterScore.FromScores(scores));
    }

    public static CustomerSatisfaction ResolveCustomerSatisfaction(ResolveContext context)
    {
        var scores = Scores(context);
        var scaleMax = context.Argument<int>("scaleMax");
        if (scaleMax < 3)
        {
            throw UserInput.Error(FormattableString.Invariant($"`scaleMax` must be at least 3; got {scaleMax}."));
        }

        return UserInput.Compute(() => CustomerSatisfaction.FromScores(scores, scaleMax));
    }

    public static SchemaBuilder AddCustomerMetricTypes(this SchemaBuilder builder)
    {
        return builder
            .Object<NetPromoterScore>("NetPromoterScore", type => type
                .Description("Net Promoter Score: promoters answer 9–10, passives 7–8, detractors 0–6; NPS = 100·(promoters − detractors)/n, in points from −100 to 100. Intervals are two-sided 95 %.")
                .Field(s => s.Score, f => f.Description("The NPS in points, −100 to 100."))
                .Field(s => s.Promoters, f => f.Description("Answers of 9 or 10."))
                .Field(s => s.Passives, f => f.Description("Answers of 7 or 8."))
                .Field(s => s.Detractors, f => f.Description("Answers of 0 to 6."))
                .Field("n", "Int!", ctx => ctx.ParentAs<NetPromoterScore>().Count, f => f.Description("All answers."))
                .Field(s => s.StandardError, f => f.Description("Wald standard error in points, 100·√((p_P + p_D − (p_P − p_D)²)/n) (multinomial, n divisor)."))
                .Field(s => s.WaldLower, f => f.Description("score − 1.96·standardError, clamped to −100."))
                .Field(s => s.WaldUpper, f => f.Description("score + 1.96·standardError, clamped to 100."))
                .Field(s => s.AdjustedWaldLower, f => f.Description("Adjusted-Wald lower bound (Rocks 2016): ¾ of an answer added to promoters and to detractors and 1.5 to passives (n + 3), then the Wald interval; clamped to −100. Better coverage for small n and extreme scores."))
                .Field(s => s.AdjustedWaldUpper, f => f.Description("Adjusted-Wald upper bound, clamped to 100."))
                .Field(s => s.ConfidenceLevel, f => f.Description("The two-sided level of the intervals, 0.95.")))
            .Object<CustomerSatisfaction>("CustomerSatisfaction", type => type
                .Description("CSAT as the top-two-box percentage: the share of answers in the two highest points of the 1..scaleMax scale, with a Wilson score 95 % interval.")
                .Field(s => s.Percent, f => f.Description("100·satisfied/n, in percent."))
                .Field("n", "Int!", ctx => ctx.ParentAs<CustomerSatisfaction>().Count, f => f.Description("All answers."))
                .Field(s => s.WilsonLower, f => f.Description("Wilson score interval lower bound, in percent."))
                .Field(s => s.WilsonUpper, f => f.Description("Wilson score interval upper bound, in percent; the interval stays inside 0–100 and is not degenerate at 0 % or 100 %."))
                .Field(s => s.Satisfied, f => f.Description("Answers of scaleMax − 1 or scaleMax."))
                .Field(s => s.StandardError, f => f.Description("Wald standard error in percentage points, 100·√(p(1 − p)/n)."))
                .Field(s => s.ConfidenceLevel, f => f.Description("The two-sided level of the interval, 0.95.")));
    }

    private static int[] Scores(ResolveContext context)
    {
        var scores = context.Argument<IEnumerable<object?>>("scores") ?? [];
        var result = new List<int>();
        var maxPoints = AnalysisLimits.MaxPoints(context);
        foreach (var score in scores)
        {
            result.Add((int)score!);
            AnalysisInput.Limit(result.Count, "scores", maxPoints);
        }

        return [.. result];
    }
}
