using CustomerComms.GraphQL.Language;
namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// An error of a response, as the specification's <c>errors</c> entries: a message, the document locations it
/// refers to, the response path of the field it belongs to, and extensions that always carry a <c>code</c>
/// (<see cref="ErrorCodes" />). Create one with the factory of the phase that fails (<see cref="Syntax" />,
/// <see cref="Validation" />, <see cref="Request" />, <see cref="Variable" />, <see cref="Field" />).
/// </summary>
public sealed partial record GraphQLError
{
    /// <summary>Creates an error.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="code">The value of <c>extensions.code</c>.</param>
    /// <param name="locations">The document locations; null or empty for none.</param>
    /// <param name="path">The response path (strings and integers), or null for errors outside execution of a field.</param>
    /// <param name="extensions">Further extensions; <c>code</c> is set from <paramref name="code" /> unless it is present.</param>
    public GraphQLError(string message, string code, IReadOnlyList<ErrorLocation>? locations = null, IReadOnlyList<object>? path = null, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(code);
        Message = message;
        Locations = locations ?? [];
        Path = path;
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (extensions is not null)
        {
            foreach (var (key, value) in extensions)
            {
                merged[key] = value;
            }
        }

        Extensions = merged;
    }

    /// <summary>What went wrong.</summary>
    public string Message { get; }

    /// <summary>The document locations the error refers to; empty when none.</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; }

    /// <summary>The response path of the field the error belongs to (response keys and list indices), or null.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>The extensions, always with <c>code</c> first.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    /// <summary>The value of <c>extensions.code</c>.</summary>
    public string Code => (string)Extensions["code"]!;
}
