namespace CustomerComms.Domain.DemoData;

/// <summary>What demo data to generate. The same options always give the same records.</summary>
public sealed record DemoDataOptions
{
    /// <summary>The random seed; a different seed gives a different but equally realistic data set.</summary>
    public int Seed { get; init; } = 9001;

    /// <summary>Multiplies the number of communications: 1 gives about 20,000, 50 about a million.</summary>
    public int Scale { get; init; } = 1;

    /// <summary>The last day of the three years of history; records reach up to this day.</summary>
    public DateOnly Until { get; init; } = new(2026, 6, 30);

    /// <summary>Communications per scale unit over the three years.</summary>
    public const int CommunicationsPerScale = 20_000;
}
