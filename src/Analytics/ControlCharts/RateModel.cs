namespace CustomerComms.Analytics.ControlCharts;

/// <summary>c and u charts: x_i nonconformities in n_i units, θ = ū = Σx/Σn over the estimation samples (c: n_i = 1).</summary>
internal sealed record RateModel(bool PerUnit) : AttributeModel(
    PerUnit ? ControlChartKind.U : ControlChartKind.C,
    PerUnit
        ? "u: ū = Σx/Σn over estimation samples; limits ū ± L√(ū/n_i) per sample, lower floored at 0."
        : "c: c̄ = mean count over estimation samples; limits c̄ ± L√c̄, lower floored at 0.")
{
    public override double Statistic(double count, double size) => count / size;

    public override double Center(double theta, double size) => theta;

    public override double Sigma(double theta, double size) => Math.Sqrt(theta / size);

    public override double HeaderSigma(double theta, double meanSize) => Math.Sqrt(theta);

    public override void Validate(double count, double size, int index)
    {
        if (count < 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"counts[{index}] must not be negative."), "counts");
        }
    }

    public override void ValidateCenter(double theta) =>
        ArgumentOutOfRangeException.ThrowIfNegative(theta);
}
