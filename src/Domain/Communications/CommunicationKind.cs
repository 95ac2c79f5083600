namespace CustomerComms.Domain.Communications;

/// <summary>What a communication is about, covering ISO 9001:2015 clause 8.2.1 a–e.</summary>
public enum CommunicationKind
{
    /// <summary>8.2.1 a: information about products and services provided to the customer.</summary>
    ProductInformation,

    /// <summary>8.2.1 b: an inquiry.</summary>
    Inquiry,

    /// <summary>8.2.1 b: an order or contract.</summary>
    Order,

    /// <summary>8.2.1 b: a change to an order or contract.</summary>
    OrderChange,

    /// <summary>8.2.1 b / 8.2.3: communication about the review of requirements before committing to supply.</summary>
    ContractReview,

    /// <summary>8.2.1 c: customer feedback that is neither a compliment nor a complaint.</summary>
    Feedback,

    /// <summary>8.2.1 c: a compliment.</summary>
    Compliment,

    /// <summary>8.2.1 c: a complaint (handled further as a Complaint record).</summary>
    Complaint,

    /// <summary>8.2.1 c: a response to a satisfaction survey.</summary>
    SurveyResponse,

    /// <summary>8.2.1 d: handling or controlling customer property.</summary>
    CustomerProperty,

    /// <summary>8.2.1 e: specific requirements for contingency actions.</summary>
    Contingency,
}
