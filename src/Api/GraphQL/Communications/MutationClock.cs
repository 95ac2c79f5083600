using CustomerComms.Api.GraphQL.Mutations;

namespace CustomerComms.Api.GraphQL.Communications;

/// <summary>
/// When a recorded event happened: the time the client sends (for something that happened earlier, e.g. a phone
/// call noted afterwards), or the server's clock now. Events are recorded once they happened, never ahead.
/// </summary>
internal static class MutationClock
{
    public static DateTime TimeOf(MutationContext input, string field)
    {
        var now = input.Resolve.Service<TimeProvider>().GetUtcNow().UtcDateTime;
        if (input.Value<DateTime?>(field) is not { } at)
        {
            return now;
        }

        if (at > now)
        {
            var message = $"{field} lies in the future; record events once they have happened.";
            throw new MutationFailedException(new ValidationError(message, field, "IN_THE_FUTURE"), message);
        }

        return at;
    }
}
