namespace CustomerComms.GraphQL.Types;

/// <summary>
/// A value could not be coerced to or from a leaf type (scalar or enum). The message follows graphql-js, e.g.
/// <c>Int cannot represent non-integer value: 1.5</c>; execution turns it into a field or variable error.
/// </summary>
public sealed class GraphQLCoercionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be represented, and why.</param>
    public GraphQLCoercionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure of a custom scalar's own code as its cause.</summary>
    /// <param name="message">What could not be represented, and why.</param>
    /// <param name="innerException">The cause.</param>
    public GraphQLCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public GraphQLCoercionException()
        : base("The value could not be coerced.")
    {
    }
}
