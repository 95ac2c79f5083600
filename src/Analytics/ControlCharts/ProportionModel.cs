namespace CustomerComms.Analytics.ControlCharts;

/// <summary>p and np charts: D_i nonconforming out of n_i, θ = p̄ = ΣD/Σn over the estimation samples.</summary>
internal sealed record ProportionModel(bool AsCount) : AttributeModel(
    AsCount ? ControlChartKind.Np : ControlChartKind.P,
    AsCount
        ? "np: p̄ = ΣD/Σn over estimation samples; centre n_i·p̄; limits n_i·p̄ ± L√(n_i·p̄(1−p̄)), lower floored at 0."
        : "p: p̄ = ΣD/Σn over estimation samples; limits p̄ ± L√(p̄(1−p̄)/n_i) per sample, lower floored at 0, upper not capped at 1.")
{
    public override double Statistic(double count, double size) => AsCount ? count : count / size;

    public override double Center(double theta, double size) => AsCount ? size * theta : theta;

    public override double Sigma(double theta, double size) =>
        AsCount ? Math.Sqrt(size * theta * (1 - theta)) : Math.Sqrt(theta * (1 - theta) / size);

    public override double HeaderSigma(double theta, double meanSize) =>
        AsCount ? Math.Sqrt(meanSize * theta * (1 - theta)) : Math.Sqrt(theta * (1 - theta));

    public override void Validate(double count, double size, int index)
    {
        if (count < 0 || count > size)
        {
            throw new ArgumentException(FormattableString.Invariant($"counts[{index}] must lie between 0 and the sample size."), "counts");
        }
    }

    public override void ValidateCenter(double theta)
    {
        if (theta is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(theta), "A known proportion must lie between 0 and 1.");
        }
    }
}
