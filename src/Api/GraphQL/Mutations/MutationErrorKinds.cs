namespace CustomerComms.Api.GraphQL.Mutations;

/// <summary>The typed errors a mutation's payload can carry; they form the members of its <c>XError</c> union.</summary>
[Flags]
internal enum MutationErrorKinds
{
    Validation = 1,
    NotFound = 2,
    ConcurrencyConflict = 4,
    InvalidTransition = 8,

    /// <summary>Changes an existing record: it may not be found, may have changed meanwhile, and its input may be wrong.</summary>
    Update = Validation | NotFound | ConcurrencyConflict,

    /// <summary>Moves an existing record through its workflow.</summary>
    Transition = Update | InvalidTransition,
}
