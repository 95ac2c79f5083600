using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// An error a resolver throws to report a field error with its own code and extensions. Any other exception a
/// resolver throws becomes a field error with its message and the code <see cref="ErrorCodes.InternalServerError" />.
/// </summary>
public sealed class GraphQLException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message the response shows.</param>
    /// <param name="code">The value of <c>extensions.code</c>.</param>
    /// <param name="extensions">Further extensions, or null.</param>
    public GraphQLException(string message, string code, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        Extensions = extensions;
    }

    /// <summary>Creates the exception with the code <see cref="ErrorCodes.InternalServerError" />.</summary>
    /// <param name="message">The message the response shows.</param>
    public GraphQLException(string message)
        : this(message, ErrorCodes.InternalServerError)
    {
    }

    /// <summary>Creates the exception with the code <see cref="ErrorCodes.InternalServerError" /> and a cause.</summary>
    /// <param name="message">The message the response shows.</param>
    /// <param name="innerException">The cause.</param>
    public GraphQLException(string message, Exception innerException)
        : base(message, innerException) => Code = ErrorCodes.InternalServerError;

    /// <summary>Creates the exception with a generic message.</summary>
    public GraphQLException()
        : this("An error occurred.")
    {
    }

    /// <summary>The value of <c>extensions.code</c>.</summary>
    public string Code { get; } = ErrorCodes.InternalServerError;

    /// <summary>Further extensions, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The nodes the error points at instead of the field nodes (e.g. an argument value), or null.</summary>
    internal IReadOnlyList<Node>? Nodes { get; init; }
}
