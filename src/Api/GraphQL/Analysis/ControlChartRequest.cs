using System.Collections;
using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.RunRules;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Analysis;

/// <summary>Checks a <c>ControlChartInput</c> and builds the chart it asks for.</summary>
internal static class ControlChartRequest
{
    private static readonly string[] DataFields = ["values", "subgroups", "counts", "sizes"];

    public static ControlChart Resolve(ResolveContext context)
    {
        var fields = context.Argument<IReadOnlyDictionary<string, object?>>("input")!;
        return Build(new AnalysisInput(fields, AnalysisLimits.MaxPoints(context)));
    }

    /// <summary>Builds the chart a <c>ControlChartInput</c>'s fields ask for (also used for series read from the database).</summary>
    public static ControlChart Build(AnalysisInput input)
    {
        var kind = input.Value<ControlChartKind>("kind");
        return kind switch
        {
            ControlChartKind.Individuals => BuildIndividuals(input),
            ControlChartKind.XbarR => BuildFromSubgroups(input, "XBAR_R", XbarRChart.Build),
            ControlChartKind.XbarS => BuildFromSubgroups(input, "XBAR_S", XbarSChart.Build),
            ControlChartKind.P => BuildFromCounts(input, "P", PChart.Build),
            ControlChartKind.Np => BuildFromCounts(input, "NP", NpChart.Build),
            ControlChartKind.U => BuildFromCounts(input, "U", UChart.Build),
            ControlChartKind.C => BuildC(input),
            ControlChartKind.Ewma => BuildSmoothed(input, "EWMA", Lambda(input), EwmaChart.Build, EwmaChart.BuildFromSubgroups),
            ControlChartKind.Cusum => BuildCusum(input),
            _ => throw UserInput.Error($"Unknown chart kind {kind}."),
        };
    }

    private static ControlChart BuildIndividuals(AnalysisInput input)
    {
        var values = input.RequiredFloats("values", "An XMR chart");
        return Build(input, "XMR", ["values"], () => IndividualsChart.Build(values, Options(input, values.Length)));
    }

    private static ControlChart BuildFromSubgroups(AnalysisInput input, string kind, Func<IReadOnlyList<IReadOnlyList<double>>, ControlChartOptions, ControlChart> build)
    {
        var subgroups = input.Subgroups("subgroups") ?? throw UserInput.Error($"A {kind} chart needs `subgroups`.");
        return Build(input, kind, ["subgroups"], () => build(subgroups, Options(input, subgroups.Length)));
    }

    private static ControlChart BuildFromCounts(AnalysisInput input, string kind, Func<IReadOnlyList<double>, IReadOnlyList<double>, ControlChartOptions, ControlChart> build)
    {
        var counts = input.RequiredFloats("counts", $"A {kind} chart");
        var sizes = input.RequiredFloats("sizes", $"A {kind} chart (one sample size per count)");
        if (sizes.Length != counts.Length)
        {
            throw UserInput.Error(FormattableString.Invariant($"`sizes` must have one entry per count: {counts.Length} counts but {sizes.Length} sizes."));
        }

        return Build(input, kind, ["counts", "sizes"], () => build(counts, sizes, Options(input, counts.Length)));
    }

    private static ControlChart BuildC(AnalysisInput input)
    {
        if (input.Has("counts") && input.Has("values"))
        {
            throw UserInput.Error("A C chart takes its defect counts from `counts` or from `values`, not both.");
        }

        var field = input.Has("values") ? "values" : "counts";
        var counts = input.RequiredFloats(field, "A C chart (defects per sample in `counts`)");
        return Build(input, "C", [field], () => CChart.Build(counts, Options(input, counts.Length)));
    }

    private static ControlChart BuildCusum(AnalysisInput input)
    {
        var k = input.Float("k") ?? 0.5;
        var h = input.Float("h") ?? 5;
        if (k < 0)
        {
            throw UserInput.Error("`k` must be at least 0.");
        }

        if (h <= 0)
        {
            throw UserInput.Error("`h` must be positive.");
        }

        return BuildSmoothed(
            input,
            "CUSUM",
            k,
            (values, _, options) => CusumChart.Build(values, k, h, options),
            (subgroups, _, options) => CusumChart.BuildFromSubgroups(subgroups, k, h, options));
    }

    private static ControlChart BuildSmoothed(
        AnalysisInput input,
        string kind,
        double parameter,
        Func<IReadOnlyList<double>, double, ControlChartOptions, ControlChart> fromValues,
        Func<IReadOnlyList<IReadOnlyList<double>>, double, ControlChartOptions, ControlChart> fromSubgroups)
    {
        if (input.Has("values") == input.Has("subgroups"))
        {
            throw UserInput.Error($"A {kind} chart needs either `values` (one observation per point) or `subgroups`.");
        }

        if (input.Has("values"))
        {
            var values = input.RequiredFloats("values", $"A {kind} chart");
            return Build(input, kind, ["values"], () => fromValues(values, parameter, Options(input, values.Length)));
        }

        var subgroups = input.Subgroups("subgroups")!;
        return Build(input, kind, ["subgroups"], () => fromSubgroups(subgroups, parameter, Options(input, subgroups.Length)));
    }

    private static double Lambda(AnalysisInput input)
    {
        var lambda = input.Float("lambda") ?? 0.2;
        return lambda is > 0 and <= 1 ? lambda : throw UserInput.Error("`lambda` must lie in (0, 1].");
    }

    private static ControlChart Build(AnalysisInput input, string kind, string[] used, Func<ControlChart> build)
    {
        foreach (var field in DataFields)
        {
            if (input.Has(field) && Array.IndexOf(used, field) < 0)
            {
                throw UserInput.Error($"A {kind} chart does not use `{field}`; give {string.Join(" and ", used.Select(u => $"`{u}`"))}.");
            }
        }

        return UserInput.Compute(build);
    }

    private static ControlChartOptions Options(AnalysisInput input, int count)
    {
        if (count == 0)
        {
            throw UserInput.Error("A control chart needs at least one point.");
        }

        var phaseOneCount = input.Int("phaseOneCount");
        if (phaseOneCount is { } k && (k < 1 || k > count))
        {
            throw UserInput.Error(FormattableString.Invariant($"`phaseOneCount` must lie between 1 and the number of points ({count}); got {k}."));
        }

        var excluded = input.Ints("exclude");
        foreach (var index in excluded)
        {
            if (index < 0 || index >= count)
            {
                throw UserInput.Error(FormattableString.Invariant($"`exclude` lists index {index}, outside 0..{count - 1}."));
            }
        }

        var limitWidth = input.Float("limitWidth") ?? 3;
        if (limitWidth <= 0)
        {
            throw UserInput.Error("`limitWidth` must be positive.");
        }

        var sigma = input.Float("sigma");
        if (sigma < 0)
        {
            throw UserInput.Error("`sigma` must be at least 0.");
        }

        return new ControlChartOptions
        {
            PhaseOneCount = phaseOneCount,
            Excluded = excluded,
            Center = input.Float("center"),
            Sigma = sigma,
            LimitWidth = limitWidth,
            RunRules = new RunRuleSettings { Rules = Rules(input) },
        };
    }

    private static RunRule[] Rules(AnalysisInput input) =>
        input.Value<IEnumerable>("rules") is { } rules ? [.. rules.Cast<RunRule>().Distinct()] : [RunRule.Nelson1];
}
