namespace CustomerComms.Domain.Common;

/// <summary>An input value is missing, malformed or out of range.</summary>
public sealed class DomainValidationException : DomainException
{
    public DomainValidationException(string field, string message)
        : base("VALIDATION", message)
    {
        Field = field;
    }

    /// <summary>The input field at fault, in camelCase as the API names it (e.g. <c>likelihood</c>).</summary>
    public string Field { get; }
}
