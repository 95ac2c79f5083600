namespace CustomerComms.Domain.Communications;

public enum CommunicationDirection
{
    /// <summary>From the customer to the organisation.</summary>
    Inbound,

    /// <summary>From the organisation to the customer.</summary>
    Outbound,
}
