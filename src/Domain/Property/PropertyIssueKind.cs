namespace CustomerComms.Domain.Property;

public enum PropertyIssueKind
{
    Lost,
    Damaged,

    /// <summary>Found unsuitable for use (ISO 9001 §8.5.3).</summary>
    Unsuitable,
}
