using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation;

/// <summary>
/// A document that breaks a validation rule: the message graphql-js gives for the same document, the locations of
/// the nodes involved, and <c>extensions</c> with the error <c>code</c> and the spec section that the rule enforces.
/// </summary>
public sealed class ValidationError
{
    /// <summary>The <c>extensions.code</c> of every validation error.</summary>
    public const string Code = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>Creates an error located at <paramref name="nodes" />.</summary>
    /// <param name="message">The message.</param>
    /// <param name="nodes">The nodes involved, in the order graphql-js lists them; nodes without a location are left out.</param>
    /// <param name="specifiedBy">The link to the spec section the broken rule is defined in, or null.</param>
    public ValidationError(string message, IEnumerable<Node> nodes, string? specifiedBy = null)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        Message = message;
        Locations = [.. nodes.Where(node => node.Location is not null).Select(node => new ErrorLocation(node.Location!.Value.Line, node.Location.Value.Column))];
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = Code };
        if (specifiedBy is not null)
        {
            extensions["specifiedBy"] = specifiedBy;
        }

        Extensions = extensions;
    }

    /// <summary>The message, worded as graphql-js words it.</summary>
    public string Message { get; }

    /// <summary>Where the nodes involved start; empty when the error concerns the whole document.</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; }

    /// <summary>The <c>extensions</c> entry of the error: <c>code</c>, and <c>specifiedBy</c> when a rule reported it.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    /// <inheritdoc />
    public override string ToString() =>
        Locations.Count == 0 ? Message : Message + " (" + string.Join(", ", Locations.Select(location => location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + location.Column.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")";
}
