namespace CustomerComms.Analytics.Capability;

/// <summary>Capability (within-σ) and performance (overall-σ) indices of a process against its specification.</summary>
/// <param name="Cp">(USL − LSL)/(6σ_within); null unless both limits are given.</param>
/// <param name="Cpk">min(Cpu, Cpl) over the given limits.</param>
/// <param name="Cpl">(x̄ − LSL)/(3σ_within); null without a lower limit.</param>
/// <param name="Cpu">(USL − x̄)/(3σ_within); null without an upper limit.</param>
/// <param name="Pp">(USL − LSL)/(6σ_overall); null unless both limits are given.</param>
/// <param name="Ppk">min(Ppu, Ppl) over the given limits, with σ_overall.</param>
/// <param name="Cpm">Cp/√(1 + ((x̄ − T)/σ_within)²), the Taguchi index with the within σ; null unless both limits are given.</param>
/// <param name="Mean">x̄, the mean of all observations.</param>
/// <param name="SigmaWithin">Short-term σ: MR̄/d2(2) for individual values, mean(R_i/d2(n_i)) for subgroups.</param>
/// <param name="SigmaOverall">Long-term σ: the sample standard deviation of all observations (n − 1 divisor, no c4 correction).</param>
/// <param name="SigmaWithinEstimator">The within-σ estimator and d2 convention, in words.</param>
/// <param name="Count">Number of observations.</param>
public sealed record ProcessCapability(
    double? Cp,
    double? Cpk,
    double? Cpl,
    double? Cpu,
    double? Pp,
    double? Ppk,
    double? Cpm,
    double Mean,
    double SigmaWithin,
    double SigmaOverall,
    string SigmaWithinEstimator,
    int Count);
