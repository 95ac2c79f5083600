namespace CustomerComms.GraphQL.Validation;

/// <summary>Thrown inside the validator when the error limit is reached, to stop the walk.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Too many validation errors, error limit reached. Validation aborted.")
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
