namespace CustomerComms.Api.Reports;

/// <summary>How often a management review is scheduled; periods are whole calendar months aligned to 1 January.</summary>
public enum ReportFrequency
{
    Monthly = 1,
    Quarterly = 3,
    HalfYearly = 6,
    Yearly = 12,
}
