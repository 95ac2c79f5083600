namespace CustomerComms.Analytics.ControlCharts;

/// <summary>
/// How an attribute chart turns a count and a sample size into a plotted statistic, and the stage parameter θ
/// (p̄, c̄ or ū) into a centre and σ at each point.
/// </summary>
internal abstract record AttributeModel(ControlChartKind Kind, string Conventions)
{
    public abstract double Statistic(double count, double size);

    public abstract double Center(double theta, double size);

    public abstract double Sigma(double theta, double size);

    /// <summary>The chart header's σ at the mean sample size <paramref name="meanSize"/>.</summary>
    public abstract double HeaderSigma(double theta, double meanSize);

    public abstract void Validate(double count, double size, int index);

    public abstract void ValidateCenter(double theta);
}
