namespace CustomerComms.Analytics.Benchmarks;

/// <summary>Deterministic pseudo-random series, the same on every run and machine.</summary>
public static class BenchmarkSeries
{
    private const int Seed = 20261122;

    /// <summary>
    /// Normal noise (mean 50, σ 2) with a shift of +3σ for 40 points every 50,000 points and a slow drift over
    /// another 40, so that every Nelson rule has something to find besides the false alarms of pure noise.
    /// </summary>
    public static double[] Process(int count)
    {
        var random = new Random(Seed);
        var x = new double[count];
        for (int i = 0; i < count; i++)
        {
            x[i] = 50 + (2 * Normal(random));
            int phase = i % 50_000;
            if (phase is >= 25_000 and < 25_040)
            {
                x[i] += 6;
            }
            else if (phase is >= 40_000 and < 40_040)
            {
                x[i] += 0.3 * (phase - 40_000);
            }
        }

        return x;
    }

    /// <summary>A small upward trend (0.001 per point) in normal noise with σ 1, with every tenth value rounded to give ties.</summary>
    public static double[] Trend(int count)
    {
        var random = new Random(Seed);
        var y = new double[count];
        for (int i = 0; i < count; i++)
        {
            y[i] = (0.001 * i) + Normal(random);
            if (i % 10 == 0)
            {
                y[i] = Math.Round(y[i]);
            }
        }

        return y;
    }

    // Box–Muller: enough for benchmark data, and independent of any library's generator.
    private static double Normal(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
