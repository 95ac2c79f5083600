using CustomerComms.GraphQL.Execution;

namespace CustomerComms.Api.GraphQL.Analysis;

/// <summary>
/// Turns what is wrong with the data of a request into a field error with the code <c>BAD_USER_INPUT</c>, so that a
/// script sees what to fix instead of an internal error.
/// </summary>
internal static class UserInput
{
    public static GraphQLException Error(string message) => new(message, ErrorCodes.BadUserInput);

    /// <summary>Runs a computation, reporting the analytics library's argument errors as bad user input.</summary>
    public static T Compute<T>(Func<T> compute)
    {
        try
        {
            return compute();
        }
        catch (ArgumentException exception)
        {
            throw Error(MessageOf(exception));
        }
    }

    // ArgumentException appends " (Parameter 'name')" and ArgumentOutOfRangeException the actual value; the
    // first sentence is the one written for people.
    private static string MessageOf(ArgumentException exception)
    {
        var message = exception.Message;
        if (exception.ParamName is { } name)
        {
            var suffix = message.IndexOf($" (Parameter '{name}')", StringComparison.Ordinal);
            if (suffix >= 0)
            {
                message = message[..suffix];
            }
        }

        return message;
    }
}
