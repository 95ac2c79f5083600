namespace CustomerComms.Reports.Model;

/// <summary>
/// A review input (c5 monitoring and measurement, c6 audits, c7 external providers) reported from whatever records
/// exist; when nothing is recorded the section says so instead of showing zeros.
/// </summary>
/// <param name="Facts">Label/value lines drawn from the records; empty when <paramref name="HasData"/> is false.</param>
public sealed record RecordedDataSection(bool HasData, string Note, IReadOnlyList<Fact> Facts);

/// <summary>A labelled count.</summary>
public sealed record Fact(string Label, int Count);
