using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Auditing;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL;

/// <summary>
/// The audit trail (ISO 9001 §7.5.3) in the schema: the changes of one record, and whether the trail's hash chain is
/// intact.
/// </summary>
internal static class AuditTrailSchema
{
    public static SchemaBuilder AddAuditTrailDataFields(this SchemaBuilder builder)
    {
        return builder
            .FilterFields<AuditEntry>(f => f.Field(e => e.Sequence).Field(e => e.OccurredAt).Field(e => e.Actor).Field(e => e.Action))
            .SortFields<AuditEntry>(f => f.Field(e => e.Sequence).Field(e => e.OccurredAt).Field(e => e.Actor).Field(e => e.Action));
    }

    public static SchemaBuilder AddAuditTrail(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .Enum<AuditAction>("AuditAction", type => type
                .Description("What a change did to a record.")
                .Value("INSERT", description: "The record was created.")
                .Value("UPDATE", description: "Values of the record changed.")
                .Value("DELETE", description: "The record was removed."))
            .Object<AuditEntry>("AuditEntry", type => type
                .Description("One append-only record of a change: who changed which record, when, and the values before and after. Its hash covers the entry before it, so an altered or removed entry is found by `verifyAuditChain`.")
                .Field(e => e.Sequence, f => f.Description("1, 2, 3, … without gaps over the whole trail, in the order the changes were saved."))
                .Field(e => e.EntityType, f => f.Description("The kind of record changed, e.g. `Customer`."))
                .Field("entityId", "ID", ctx => EntityIdOf(ctx.ParentAs<AuditEntry>(), nodes), f => f
                    .Description("The global id of the changed record, for `node(id:)`; null when records of its kind are not in the API."))
                .Field("entityKey", "Int!", ctx => ctx.ParentAs<AuditEntry>().EntityId, f => f
                    .Description("The changed record's key among records of its kind (what `entityId` encodes)."))
                .Field(e => e.Action, f => f.Description("Whether the record was inserted, updated or deleted."))
                .Field("changes", "[AuditValueChange!]!", ctx => AuditValueChange.Of(ctx.ParentAs<AuditEntry>()), f => f
                    .Description("The values the change set: every value of an inserted record, the changed values of an update, every value of a deleted one."))
                .Field(e => e.Before, f => f.Description("The changed values before the change as a JSON object keyed by stored property name; null for an insert."))
                .Field(e => e.After, f => f.Description("The values after the change as a JSON object keyed by stored property name; null for a delete."))
                .Field(e => e.Actor, f => f.Description("Who made the change: a user, a command or the schedule."))
                .Field(e => e.OccurredAt, f => f.Description("When the change was saved (UTC)."))
                .Field(e => e.PreviousHash, f => f.Description("The hash of the entry before this one; 64 zeros for the first."))
                .Field(e => e.Hash, f => f.Description("SHA-256 (hex) of the previous hash and this entry's content.")))
            .Object<AuditValueChange>("AuditValueChange", type => type
                .Description("One value a change set, before and after.")
                .Field(c => c.Field, f => f.Description("The changed property in camelCase, as the API names it where it is exposed (e.g. `name`, `customerId`)."))
                .Field(c => c.Before, f => f.Description("The value before, as text (numbers and dates as JSON writes them); null when there was none or the record is new."))
                .Field(c => c.After, f => f.Description("The value after, as text; null when cleared or the record was deleted.")))
            .Object<AuditChainVerification>("AuditChainVerification", type => type
                .Description("The result of checking every audit entry's hash against its content and the entry before it.")
                .Field(v => v.IsIntact, f => f.Description("True when no entry was altered, removed or reordered."))
                .Field("entriesChecked", "Int!", ctx => checked((int)ctx.ParentAs<AuditChainVerification>().EntriesChecked), f => f
                    .Description("How many entries were read before the answer was known."))
                .Field("brokenAtSequence", "Int", ctx => ctx.ParentAs<AuditChainVerification>().BrokenAtSequence is { } sequence ? checked((int)sequence) : null, f => f
                    .Description("The sequence number of the first entry found wrong or missing; null when the chain is intact."))
                .Field(v => v.Problem, f => f.Description("What is wrong at that entry, in plain words; null when the chain is intact.")))
            .Query(query => query
                .Connection("auditTrail", ctx => EntriesOf(ctx), c => c
                    .Description("The audit entries of one record, in the order they were written unless ordered otherwise: its insert, every update with the values changed, and its deletion.")
                    .Key(e => e.Sequence)
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance))
                .Field("auditTrail", f => f
                    .Argument("entityId", "ID!", a => a.Description("The global id of the record, as read from its `id`.")))
                .FieldAsync("verifyAuditChain", "AuditChainVerification!", ctx =>
                    AuditChainVerifier.VerifyAsync(ctx.Service<ReadDbContexts>().Open(), ctx.CancellationToken), f => f
                    .Description("Checks the whole audit trail: every change to every record is an entry whose hash covers the entry before it, so an edited or deleted entry is found.")));
    }

    private static IQueryable<AuditEntry> EntriesOf(ResolveContext context)
    {
        var id = context.Argument<string>("entityId")!;
        if (!GlobalId.TryParse(id, out var typeName, out var key))
        {
            throw new GraphQLException($"\"{id}\" is not a global id: pass a record's `id`.", "INVALID_ID");
        }

        // Audit entries name the record's class; the API's type names are those class names.
        return context.Query<AuditEntry>().Where(e => e.EntityType == typeName && e.EntityId == key);
    }

    private static string? EntityIdOf(AuditEntry entry, NodeRegistry nodes) =>
        nodes.Knows(entry.EntityType) ? GlobalId.Format(entry.EntityType, entry.EntityId) : null;
}
