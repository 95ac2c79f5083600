using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Satisfaction;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Satisfaction;

/// <summary>Customer satisfaction indicators (ISO 9001 §9.1.2) and their measurements per period.</summary>
internal static class CsiSchema
{
    public static SchemaBuilder AddCsiIndicators(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .Enum<IndicatorDirection>("IndicatorDirection", type => type
                .Description("Which way an indicator's values are better.")
                .Value("HIGHER_IS_BETTER", description: "Larger values are better, e.g. a satisfaction share.")
                .Value("LOWER_IS_BETTER", description: "Smaller values are better, e.g. a response time."))
            .Enum<MeasurementFrequency>("MeasurementFrequency", type => type
                .Description("How often an indicator is measured; each measurement covers one such period.")
                .Value("WEEKLY", description: "Once a week.")
                .Value("MONTHLY", description: "Once a month.")
                .Value("QUARTERLY", description: "Once a quarter.")
                .Value("HALF_YEARLY", description: "Twice a year.")
                .Value("YEARLY", description: "Once a year."))
            .Enum<TargetStatus>("TargetStatus", type => type
                .Description("How a value stands against an indicator's thresholds (green, amber, red).")
                .Value("MET", description: "At or better than the amber threshold.")
                .Value("AT_RISK", description: "Worse than the amber threshold but not the red one.")
                .Value("MISSED", description: "Worse than the red threshold."))
            .Object<CsiIndicator>("CsiIndicator", type => type
                .Description("A customer satisfaction indicator (ISO 9001 §9.1.2): what is measured, in which unit, which way is better, the target and thresholds, how often and by whom.")
                .Node("CsiIndicator", nodes)
                .Field(i => i.Code, f => f.Description("The unique short code, upper case, e.g. NPS."))
                .Field(i => i.Name, f => f.Description("The indicator's name."))
                .Field(i => i.Definition, f => f.Description("How the value is obtained, precisely enough to reproduce it."))
                .Field(i => i.Unit, f => f.Description("The unit of the values, e.g. %, points, hours."))
                .Field(i => i.Direction, f => f.Description("Which way values are better."))
                .Field(i => i.Target, f => f.Description("The value aimed for."))
                .Field(i => i.AmberThreshold, f => f.Description("The worst value still MET; beyond it the indicator is AT_RISK."))
                .Field(i => i.RedThreshold, f => f.Description("The worst value still AT_RISK; beyond it the indicator is MISSED."))
                .Field(i => i.Frequency, f => f.Description("How often it is measured."))
                .Field(i => i.Owner, f => f.Description("Who is responsible for the indicator."))
                .Field(i => i.DataSource, f => f.Description("Where the values come from."))
                .Field(i => i.IsActive, f => f.Description("False for indicators no longer reported on; their measurements stay."))
                .FieldAsync("measurements", "[CsiMeasurement!]!", ctx => ctx.LoadMeasurementsAsync(ctx.ParentAs<CsiIndicator>().Id, ctx.Argument<DateOnly?>("from"), ctx.Argument<DateOnly?>("to")), f => f
                    .Description("The measurements in period order; limited to the periods that overlap `from`–`to` when given.")
                    .Argument("from", "Date", a => a.Description("Only periods that end on or after this day."))
                    .Argument("to", "Date", a => a.Description("Only periods that start on or before this day.")))
                .FieldAsync("latestMeasurement", "CsiMeasurement", async ctx => (await ctx.LoadMeasurementsAsync(ctx.ParentAs<CsiIndicator>().Id)).LastOrDefault(), f => f
                    .Description("The measurement of the latest period; null before the first."))
                .FieldAsync("status", "TargetStatus", async ctx =>
                {
                    var indicator = ctx.ParentAs<CsiIndicator>();
                    var latest = (await ctx.LoadMeasurementsAsync(indicator.Id)).LastOrDefault();
                    return latest is null ? (TargetStatus?)null : indicator.Classify(latest.Value);
                }, f => f
                    .Description("How the latest measurement stands against the thresholds; null before the first measurement.")))
            .Object<CsiMeasurement>("CsiMeasurement", type => type
                .Description("The value of an indicator for one period; an indicator has at most one measurement per period.")
                .Node("CsiMeasurement", nodes)
                .Field(m => m.PeriodStart, f => f.Description("The first day of the period."))
                .Field(m => m.PeriodEnd, f => f.Description("The last day of the period (inclusive)."))
                .Field(m => m.Value, f => f.Description("The value, in the indicator's unit."))
                .Field(m => m.SampleSize, f => f.Description("How many responses or cases the value is based on, when known."))
                .Field(m => m.Note, f => f.Description("A remark on the value, e.g. a known special cause."))
                .FieldAsync("indicator", "CsiIndicator!", async ctx => (await ctx.LoadAsync<CsiIndicator>(ctx.ParentAs<CsiMeasurement>().CsiIndicatorId))!, f => f
                    .Description("The indicator measured."))
                .FieldAsync("status", "TargetStatus!", async ctx =>
                {
                    var measurement = ctx.ParentAs<CsiMeasurement>();
                    var indicator = await ctx.LoadAsync<CsiIndicator>(measurement.CsiIndicatorId);
                    return indicator!.Classify(measurement.Value);
                }, f => f
                    .Description("How the value stands against the indicator's current thresholds."))
                .FieldAsync("meetsTarget", "Boolean!", async ctx =>
                {
                    var measurement = ctx.ParentAs<CsiMeasurement>();
                    var indicator = await ctx.LoadAsync<CsiIndicator>(measurement.CsiIndicatorId);
                    return indicator!.MeetsTarget(measurement.Value);
                }, f => f
                    .Description("True when the value is at or better than the indicator's target.")))
            .Query(query => query
                .Connection("csiIndicators", ctx => ctx.Query<CsiIndicator>(), c => c
                    .Description("Customer satisfaction indicators, filtered and ordered as asked (by default in the order they were defined).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)));
    }
}
