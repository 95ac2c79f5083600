using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Analysis.Stored;

/// <summary>The result types of the analyses over stored data.</summary>
internal static class StoredAnalysisTypes
{
    public static SchemaBuilder AddStoredAnalysisTypes(this SchemaBuilder builder)
    {
        return builder
            .Object<PeriodValue>("IndicatorPeriodValue", type => type
                .Description("One period of an indicator's stored measurements.")
                .Field(p => p.PeriodStart, f => f.Description("The first day of the period."))
                .Field(p => p.PeriodEnd, f => f.Description("The last day of the period."))
                .Field(p => p.Value, f => f.Description("The mean of the measurements whose own period starts in this one, in the indicator's unit."))
                .Field(p => p.Measurements, f => f.Description("How many measurements were averaged."))
                .Field(p => p.SampleSize, f => f.Description("The sum of their sample sizes; null when none was recorded.")))
            .Object<ComplaintRatePeriod>("ComplaintRatePeriod", type => type
                .Description("Complaints received against inbound communications in one period.")
                .Field(p => p.PeriodStart, f => f.Description("The first day of the period."))
                .Field(p => p.PeriodEnd, f => f.Description("The last day of the period."))
                .Field(p => p.Complaints, f => f.Description("Complaints received in the period."))
                .Field(p => p.Communications, f => f.Description("Inbound communications in the period: the u chart's sample size."))
                .Field(p => p.Rate, f => f.Description("Complaints per inbound communication.")))
            .Object<ComplaintRate>("ComplaintRate", type => type
                .Description("The complaint rate per period and its u chart.")
                .Field("periods", "[ComplaintRatePeriod!]!", ctx => ctx.ParentAs<ComplaintRate>().Periods, f => f.Description("The periods, oldest first."))
                .Field("chart", "ControlChart", ctx => ctx.ParentAs<ComplaintRate>().Chart, f => f.Description("The u chart: point i is period i; null when there are no periods.")))
            .Object<PeriodNetPromoterScore>("PeriodNetPromoterScore", type => type
                .Description("The NPS of the answers submitted in one period.")
                .Field(p => p.PeriodStart, f => f.Description("The first day of the period."))
                .Field(p => p.PeriodEnd, f => f.Description("The last day of the period."))
                .Field("score", "NetPromoterScore!", ctx => ctx.ParentAs<PeriodNetPromoterScore>().Score, f => f.Description("The score with its intervals.")))
            .Object<TimeStatistics>("TimeStatistics", type => type
                .Description("How long one step of complaint handling took.")
                .Field(t => t.Done, f => f.Description("Complaints that completed the step."))
                .Field(t => t.MedianHours, f => f.Description("Nearest-rank median of the hours taken, SLA pauses not counted; null when none completed it."))
                .Field(t => t.P90Hours, f => f.Description("Nearest-rank 90th percentile of the hours taken; null when none completed it."))
                .Field(t => t.Due, f => f.Description("Complaints whose step is done or already past its due time: the base of the share."))
                .Field(t => t.WithinSla, f => f.Description("Complaints that completed the step by its due time."))
                .Field(t => t.ShareWithinSla, f => f.Description("withinSla / due in percent; null when nothing is due yet.")))
            .Object<ResponseTimePeriod>("ResponseTimePeriod", type => type
                .Description("Acknowledgement and response times of the complaints received in one period.")
                .Field(p => p.PeriodStart, f => f.Description("The first day of the period."))
                .Field(p => p.PeriodEnd, f => f.Description("The last day of the period."))
                .Field(p => p.Received, f => f.Description("Complaints received in the period."))
                .Field("acknowledgement", "TimeStatistics!", ctx => ctx.ParentAs<ResponseTimePeriod>().Acknowledgement, f => f.Description("From receipt to acknowledgement."))
                .Field("response", "TimeStatistics!", ctx => ctx.ParentAs<ResponseTimePeriod>().Response, f => f.Description("From receipt to the first response to the customer.")));
    }
}
