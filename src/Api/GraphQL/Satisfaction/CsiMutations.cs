using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Domain.Satisfaction;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Satisfaction;

/// <summary>Defining customer satisfaction indicators and recording their measurements.</summary>
internal static class CsiMutations
{
    /// <summary>The most measurements one <c>recordCsiMeasurements</c> call takes: ten years of weekly values.</summary>
    public const int MaxMeasurements = 520;

    private static readonly MutationResult IndicatorResult = new("indicator", "CsiIndicator", "the indicator as saved");
    private static readonly MutationResult MeasurementsResult = new("measurements", "[CsiMeasurement!]", "the measurements recorded, in the order sent");

    public static SchemaBuilder AddCsiMutations(this SchemaBuilder builder)
    {
        return builder
            .InputObject("CsiMeasurementInput", input => input
                .Description("The value of one indicator for one period.")
                .Field("indicatorId", "ID!", f => f.Description("The indicator measured."))
                .Field("periodStart", "Date!", f => f.Description("The first day of the period; no other measurement of the indicator may overlap the period."))
                .Field("periodEnd", "Date!", f => f.Description("The last day of the period (inclusive)."))
                .Field("value", "Float!", f => f.Description("The value, in the indicator's unit."))
                .Field("sampleSize", "Int", f => f.Description("How many responses or cases the value is based on, when known; positive."))
                .Field("note", "String", f => f.Description("A remark on the value.")))
            .Mutation("defineCsiIndicator", "Defines a new customer satisfaction indicator; it starts active.", input => input
                .Field("code", "String!", f => f.Description("A unique short code: letters, digits, dashes, dots and underscores; stored in upper case."))
                .Field("name", "String!", f => f.Description("The indicator's name."))
                .Field("definition", "String!", f => f.Description("How the value is obtained."))
                .Field("unit", "String!", f => f.Description("The unit of the values, e.g. %."))
                .Field("direction", "IndicatorDirection!", f => f.Description("Which way values are better."))
                .Field("target", "Float!", f => f.Description("The value aimed for."))
                .Field("amberThreshold", "Float!", f => f.Description("The worst value still MET: not better than the target."))
                .Field("redThreshold", "Float!", f => f.Description("The worst value still AT_RISK: not better than the amber threshold."))
                .Field("frequency", "MeasurementFrequency!", f => f.Description("How often it is measured."))
                .Field("owner", "String!", f => f.Description("Who is responsible."))
                .Field("dataSource", "String!", f => f.Description("Where the values come from.")),
                IndicatorResult, MutationErrorKinds.Validation, DefineAsync)
            .Mutation("updateCsiIndicator", "Changes an indicator's details, targets or activity; fields left out keep their value. Direction, target and thresholds are checked together.", input => input
                .Field("id", "ID!", f => f.Description("The indicator."))
                .Field("version", "Int!", f => f.Description("The version you read; the change is refused if the indicator changed since."))
                .Field("name", "String", f => f.Description("A new name."))
                .Field("definition", "String", f => f.Description("A new definition."))
                .Field("unit", "String", f => f.Description("A new unit."))
                .Field("frequency", "MeasurementFrequency", f => f.Description("A new frequency."))
                .Field("owner", "String", f => f.Description("A new owner."))
                .Field("dataSource", "String", f => f.Description("A new data source."))
                .Field("direction", "IndicatorDirection", f => f.Description("A new direction."))
                .Field("target", "Float", f => f.Description("A new target."))
                .Field("amberThreshold", "Float", f => f.Description("A new amber threshold."))
                .Field("redThreshold", "Float", f => f.Description("A new red threshold."))
                .Field("isActive", "Boolean", f => f.Description("False stops reporting on the indicator; true resumes.")),
                IndicatorResult, MutationErrorKinds.Update, UpdateAsync)
            .Mutation("recordCsiMeasurements", $"Records measurements of one or more indicators, all or none: if one is refused, nothing is recorded. At most {MaxMeasurements} at a time.", input => input
                .Field("measurements", "[CsiMeasurementInput!]!", f => f.Description("The values; each period may be measured once per indicator.")),
                MeasurementsResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, RecordAsync);
    }

    private static async Task<object> DefineAsync(MutationContext input)
    {
        var indicator = new CsiIndicator(
            input.Required<string>("code"),
            input.Required<string>("name"),
            input.Required<string>("definition"),
            input.Required<string>("unit"),
            input.Required<IndicatorDirection>("direction"),
            input.Required<double>("target"),
            input.Required<double>("amberThreshold"),
            input.Required<double>("redThreshold"),
            input.Required<MeasurementFrequency>("frequency"),
            input.Required<string>("owner"),
            input.Required<string>("dataSource"));
        if (await input.Db.Set<CsiIndicator>().AnyAsync(i => i.Code == indicator.Code, input.CancellationToken))
        {
            throw ListItemErrors.Invalid($"Another indicator has the code {indicator.Code}.", "code", "CSI_CODE_TAKEN");
        }

        input.Db.Add(indicator);
        return indicator;
    }

    private static async Task<object> UpdateAsync(MutationContext input)
    {
        var indicator = await input.FindAsync<CsiIndicator>("id", "CsiIndicator");
        input.ExpectVersion(indicator, "CsiIndicator");
        indicator.UpdateDetails(
            input.ValueOr("name", indicator.Name)!,
            input.ValueOr("definition", indicator.Definition)!,
            input.ValueOr("unit", indicator.Unit)!,
            input.ValueOr("frequency", indicator.Frequency),
            input.ValueOr("owner", indicator.Owner)!,
            input.ValueOr("dataSource", indicator.DataSource)!);
        if (input.Has("direction") || input.Has("target") || input.Has("amberThreshold") || input.Has("redThreshold"))
        {
            indicator.SetTargets(
                input.ValueOr("direction", indicator.Direction),
                input.ValueOr("target", indicator.Target),
                input.ValueOr("amberThreshold", indicator.AmberThreshold),
                input.ValueOr("redThreshold", indicator.RedThreshold));
        }

        switch (input.Value<bool?>("isActive"))
        {
            case true:
                indicator.Activate();
                break;
            case false:
                indicator.Deactivate();
                break;
        }

        return indicator;
    }

    private static async Task<object> RecordAsync(MutationContext input)
    {
        var items = input.List<IReadOnlyDictionary<string, object?>>("measurements");
        if (items.Count is 0 or > MaxMeasurements)
        {
            throw ListItemErrors.Invalid($"Give between 1 and {MaxMeasurements} measurements; got {items.Count}.", "measurements");
        }

        var keys = items.Select((item, i) => ListItemErrors.Key(item["indicatorId"] as string, ListItemErrors.Path("measurements", i, "indicatorId"), "CsiIndicator")).ToList();
        var wanted = keys.Distinct().ToArray();
        var indicators = await input.Db.Set<CsiIndicator>().Include(i => i.Measurements).Where(i => wanted.Contains(i.Id)).ToDictionaryAsync(i => i.Id, input.CancellationToken);
        var recorded = new List<CsiMeasurement>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!indicators.TryGetValue(keys[i], out var indicator))
            {
                throw ListItemErrors.NotFound((string)item["indicatorId"]!, ListItemErrors.Path("measurements", i, "indicatorId"), "CsiIndicator");
            }

            recorded.Add(ListItemErrors.At("measurements", i, () => indicator.RecordMeasurement(
                (DateOnly)item["periodStart"]!,
                (DateOnly)item["periodEnd"]!,
                (double)item["value"]!,
                item.GetValueOrDefault("sampleSize") as int?,
                item.GetValueOrDefault("note") as string)));
        }

        return recorded;
    }
}
