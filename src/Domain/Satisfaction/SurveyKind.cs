namespace CustomerComms.Domain.Satisfaction;

public enum SurveyKind
{
    /// <summary>Periodic survey of the whole relationship.</summary>
    Relationship,

    /// <summary>Sent after a delivery, a service call or another transaction.</summary>
    Transactional,

    /// <summary>Sent after a complaint is closed, about the handling.</summary>
    PostComplaint,

    Product,

    Other,
}
