namespace CustomerComms.GraphQL.Types;

/// <summary>A schema broke the type system rules; <see cref="Errors" /> lists every problem found.</summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The problems, each saying where it is.</param>
    public SchemaValidationException(IReadOnlyList<string> errors)
        : base("The schema is invalid:" + string.Concat((errors ?? []).Select(error => "\n- " + error))) => Errors = errors ?? [];

    /// <summary>Creates the exception with one problem.</summary>
    /// <param name="message">The problem.</param>
    public SchemaValidationException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with no details.</summary>
    public SchemaValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">The problem.</param>
    /// <param name="innerException">The cause.</param>
    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    /// <summary>The problems, in the order found, with messages as graphql-js's <c>validateSchema</c> words them.</summary>
    public IReadOnlyList<string> Errors { get; }
}
