namespace CustomerComms.Reports.Model;

/// <summary>c3) Process performance: complaint acknowledgement and response times, SLA compliance, overdue items.</summary>
public sealed record ProcessPerformanceSection(
    TimeMeasure Acknowledgement,
    TimeMeasure Response,
    TimeMeasure PreviousAcknowledgement,
    TimeMeasure PreviousResponse,
    int CommunicationsWithResponseDue,
    double? CommunicationsAnsweredOnTimePercent,
    int OverdueComplaints,
    int OverdueCommunications,
    int OverdueCorrectiveActions);

/// <summary>How long a step took (hours) over the complaints received in a period, and the share within its SLA.</summary>
/// <param name="Count">Complaints where the step was done.</param>
/// <param name="Due">Complaints received whose due time has passed by the end of the period or that were done; the SLA clock stands still during a pause not yet ended.</param>
/// <param name="WithinSlaPercent">Share of <paramref name="Due"/> done by the due time; null when nothing was due.</param>
public sealed record TimeMeasure(int Count, double? MedianHours, double? MeanHours, double? P90Hours, int Due, int WithinSla, double? WithinSlaPercent);
