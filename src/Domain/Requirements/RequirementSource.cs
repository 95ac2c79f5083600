namespace CustomerComms.Domain.Requirements;

/// <summary>Where a requirement comes from (ISO 9001 §8.2.2).</summary>
public enum RequirementSource
{
    Customer,
    Statutory,
    Regulatory,
    Organisation,

    /// <summary>Not stated but necessary for the specified or intended use.</summary>
    Implied,
}
