namespace CustomerComms.Api.GraphQL.Analysis.Stored;

/// <summary>Complaints received against inbound communications in one period.</summary>
internal sealed record ComplaintRatePeriod(DateOnly PeriodStart, DateOnly PeriodEnd, int Complaints, int Communications)
{
    /// <summary>Complaints per inbound communication.</summary>
    public double Rate => (double)Complaints / Communications;
}
