namespace CustomerComms.Domain.Requirements;

public enum ReviewItemOutcome
{
    CanMeet,
    CannotMeet,

    /// <summary>The requirement differed from what was previously defined, and the difference was resolved.</summary>
    DifferenceResolved,
}
