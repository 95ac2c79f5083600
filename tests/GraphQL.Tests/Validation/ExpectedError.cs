namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>An error a test expects: graphql-js's message and the locations it reports.</summary>
/// <param name="Message">The message.</param>
/// <param name="Locations">The line and column of each location, in order.</param>
internal sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    public static implicit operator ExpectedError((string Message, int Line, int Column) error) =>
        new(error.Message, (error.Line, error.Column));

    public override string ToString() =>
        Message + " @ " + string.Join(", ", Locations.Select(location => $"{location.Line}:{location.Column}"));
}
