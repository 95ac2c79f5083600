namespace CustomerComms.Api.Tests.GraphQL.Analysis;

/// <summary>Run-rule selection through GraphQL, against the rule indices of the textbook examples.</summary>
public sealed class RunRuleTests(AnalysisServer api) : IClassFixture<AnalysisServer>
{
    private static readonly string[] AllRules =
    [
        "NELSON_1", "NELSON_2", "NELSON_3", "NELSON_4", "NELSON_5", "NELSON_6", "NELSON_7", "NELSON_8",
        "WESTERN_ELECTRIC_1", "WESTERN_ELECTRIC_2", "WESTERN_ELECTRIC_3", "WESTERN_ELECTRIC_4",
    ];

    [Fact]
    public async Task ControlChart_AllRulesOnViscosity_FlagTheReferencePoints()
    {
        var data = ReferenceData.Load("individuals_xmr.json").GetProperty("viscosity");
        double[] values = [.. data.GetProperty("input").GetProperty("phase1").Doubles(), .. data.GetProperty("input").GetProperty("phase2").Doubles()];
        var rules = data.GetProperty("rules").GetProperty("independent");

        var chart = await api.ChartAsync(new { kind = "XMR", values, phaseOneCount = 20, rules = AllRules });

        for (var rule = 1; rule <= 8; rule++)
        {
            var key = rule == 8 ? "8_minitab_either_side" : rule.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(rules.GetProperty("nelson").GetProperty(key).ZeroBased(), chart.Violating($"NELSON_{rule}"));
        }

        for (var rule = 1; rule <= 4; rule++)
        {
            var key = rule.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(rules.GetProperty("western_electric").GetProperty(key).ZeroBased(), chart.Violating($"WESTERN_ELECTRIC_{rule}"));
        }
    }

    [Fact]
    public async Task ControlChart_PTrialWithWesternElectricRules_FlagsOnlyThoseRules()
    {
        var input = ReferenceData.Load("orangejuice_p_np.json").GetProperty("input");
        var rules = ReferenceData.Load("orangejuice_p_np.json").GetProperty("expected").GetProperty("rules_p_trial").GetProperty("independent").GetProperty("western_electric");

        var chart = await api.ChartAsync(new
        {
            kind = "P",
            counts = input.GetProperty("D").Doubles()[..30],
            sizes = input.GetProperty("size").Doubles()[..30],
            rules = new[] { "WESTERN_ELECTRIC_2", "WESTERN_ELECTRIC_3" },
        });

        Assert.Equal(rules.GetProperty("2").ZeroBased(), chart.Violating("WESTERN_ELECTRIC_2"));
        Assert.Equal(rules.GetProperty("3").ZeroBased(), chart.Violating("WESTERN_ELECTRIC_3"));
        Assert.Empty(chart.Violating("NELSON_1"));
        Assert.Equal([14, 22], chart.Beyond());
    }

    [Fact]
    public async Task ControlChart_RulesOmitted_ChecksNelsonOneOnly()
    {
        double[] values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 30, 11, 12, 13, 14, 15, 16, 17];

        var chart = await api.ChartAsync(new { kind = "XMR", values, phaseOneCount = 9 });

        Assert.Equal([9, 13, 14, 15, 16], chart.Violating("NELSON_1"));
        Assert.Empty(chart.Violating("NELSON_3"));
        Assert.All(chart.GetProperty("points").EnumerateArray(), p => Assert.All(p.GetProperty("violations").EnumerateArray(), v => Assert.Equal("NELSON_1", v.GetString())));
    }

    [Fact]
    public async Task ControlChart_EmptyRuleList_FlagsNothingButKeepsBeyondLimits()
    {
        double[] values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 30];

        var chart = await api.ChartAsync(new { kind = "XMR", values, phaseOneCount = 9, rules = Array.Empty<string>() });

        Assert.Empty(chart.Violating("NELSON_1"));
        Assert.Equal([9], chart.Beyond());
    }
}
