using MathNet.Numerics.Distributions;

namespace CustomerComms.Analytics.CustomerMetrics;

/// <summary>Critical values for two-sided intervals.</summary>
internal static class CriticalValues
{
    public static double NormalQuantile(double level)
    {
        Validate(level);
        return Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
    }

    public static double StudentQuantile(double level, int degreesOfFreedom)
    {
        Validate(level);
        return StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - ((1 - level) / 2));
    }

    public static void Validate(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), "The confidence level must lie in (0, 1).");
        }
    }
}
