namespace CustomerComms.Reports.Model;

/// <summary>Customer property incidents (8.5.3 / 8.2.1 d) and contingency plans invoked (8.2.1 e) in the period.</summary>
public sealed record PropertyAndContingencySection(
    IReadOnlyList<CountLine> IncidentsByKind,
    int Incidents,
    int IncidentsNotReported,
    IReadOnlyList<ContingencyLine> Invocations);

/// <summary>One invocation of a contingency plan.</summary>
public sealed record ContingencyLine(DateOnly InvokedOn, string Plan, string Reason, string? Outcome, DateOnly? EndedOn);
