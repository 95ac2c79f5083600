namespace CustomerComms.Domain.Common;

/// <summary>
/// An expected failure of a domain operation: the input or the record's state does not allow it.
/// Nothing is changed when one is thrown. <see cref="Code"/> is stable for clients; the message says what and why.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public string Code { get; }
}
