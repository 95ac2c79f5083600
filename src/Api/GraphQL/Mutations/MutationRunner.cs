using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Common;
using CustomerComms.Domain.Persistence;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Mutations;

/// <summary>Runs one mutation in a transaction and turns expected failures into payload errors.</summary>
internal sealed class MutationRunner(string name, MutationErrorKinds allowed, Func<MutationContext, Task<object>> execute)
{
    public async Task<MutationPayload> RunAsync(ResolveContext context)
    {
        var db = context.Service<CustomerCommsDbContext>();
        var input = context.Argument<IReadOnlyDictionary<string, object?>>("input")!;
        var cancellationToken = context.CancellationToken;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await execute(new MutationContext(context, input, db));
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return new MutationPayload(result, null);
        }
        catch (Exception exception) when (exception is MutationFailedException or DomainException or DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            var error = await ErrorOfAsync(exception, context);
            db.ChangeTracker.Clear();
            return new MutationPayload(null, [error]);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task<object> ErrorOfAsync(Exception exception, ResolveContext context)
    {
        var (error, kind) = exception switch
        {
            MutationFailedException failed => (failed.Error, KindOf(failed.Error)),
            DomainValidationException invalid => (new ValidationError(invalid.Message, invalid.Field, invalid.Code), MutationErrorKinds.Validation),
            InvalidTransitionException transition => (TransitionErrorOf(transition), MutationErrorKinds.InvalidTransition),
            DomainException rule => (new ValidationError(rule.Message, null, rule.Code), MutationErrorKinds.Validation),
            DbUpdateConcurrencyException conflict => (await ConflictOfAsync(conflict, context), MutationErrorKinds.ConcurrencyConflict),
            _ => throw new InvalidOperationException("Unexpected failure.", exception),
        };
        return allowed.HasFlag(kind)
            ? error
            : throw new InvalidOperationException($"Mutation {name} reported a {kind} error it does not declare.", exception);
    }

    private static async Task<object> ConflictOfAsync(DbUpdateConcurrencyException conflict, ResolveContext context)
    {
        var entry = conflict.Entries.FirstOrDefault(e => e.Entity is Entity);
        if (entry is null)
        {
            throw new InvalidOperationException("A concurrency conflict on a record without a version.", conflict);
        }

        var entity = (Entity)entry.Entity;
        var typeName = context.Schema.FindObjectTypeByClrType(entity.GetType())?.Name ?? entity.GetType().Name;
        var stored = await entry.GetDatabaseValuesAsync(CancellationToken.None);
        var expected = (int)entry.Property(nameof(Entity.Version)).OriginalValue!;
        return MutationContext.Conflict(GlobalId.Format(typeName, entity.Id), expected, stored?.GetValue<int>(nameof(Entity.Version))).Error;
    }

    /// <summary>The states as the schema's enum values name them (DONE, not Done), so clients can compare them with the record's status.</summary>
    private static InvalidTransitionError TransitionErrorOf(InvalidTransitionException transition) => new(
        transition.Message,
        NameConventions.ToScreamingCase(transition.From),
        NameConventions.ToScreamingCase(transition.To),
        [.. transition.Allowed.Select(NameConventions.ToScreamingCase)]);

    private static MutationErrorKinds KindOf(object error) => error switch
    {
        ValidationError => MutationErrorKinds.Validation,
        NotFoundError => MutationErrorKinds.NotFound,
        ConcurrencyConflictError => MutationErrorKinds.ConcurrencyConflict,
        InvalidTransitionError => MutationErrorKinds.InvalidTransition,
        _ => throw new InvalidOperationException($"Unknown payload error {error.GetType().Name}."),
    };
}
