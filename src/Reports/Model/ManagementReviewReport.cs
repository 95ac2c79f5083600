namespace CustomerComms.Reports.Model;

/// <summary>
/// The content of a management review (ISO 9001 §9.3.2): the inputs a–f in the standard's order, filled from the data
/// of <see cref="Period"/> and compared with <see cref="PreviousPeriod"/>. Immutable; serialised as the data snapshot.
/// </summary>
public sealed record ManagementReviewReport(
    string Title,
    ReportPeriod Period,
    ReportPeriod PreviousPeriod,
    DateTime GeneratedAt,
    PreviousActionsSection PreviousActions,
    RequirementsSection Requirements,
    SatisfactionSection Satisfaction,
    ObjectivesSection Objectives,
    ProcessPerformanceSection ProcessPerformance,
    ComplaintsSection Complaints,
    RecordedDataSection Monitoring,
    RecordedDataSection Audits,
    RecordedDataSection ExternalProviders,
    ResourcesSection Resources,
    RisksSection Risks,
    PropertyAndContingencySection PropertyAndContingency,
    ImprovementsSection Improvements);
