namespace CustomerComms.Api.GraphQL.Analysis.Stored;

/// <summary>Acknowledgement and response times of the complaints received in one period.</summary>
internal sealed record ResponseTimePeriod(DateOnly PeriodStart, DateOnly PeriodEnd, int Received, TimeStatistics Acknowledgement, TimeStatistics Response);
