using CustomerComms.Domain.Auditing;
using CustomerComms.Api.GraphQL.Data;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL;

/// <summary>The audit trail (ISO 9001 §7.5.3) in the schema: whether its hash chain is intact.</summary>
internal static class AuditTrailSchema
{
    public static SchemaBuilder AddAuditTrail(this SchemaBuilder builder)
    {
        return builder
            .Object<AuditChainVerification>("AuditChainVerification", type => type
                .Description("The result of checking every audit entry's hash against its content and the entry before it.")
                .Field(v => v.IsIntact, f => f.Description("True when no entry was altered, removed or reordered."))
                .Field("entriesChecked", "Int!", ctx => checked((int)ctx.ParentAs<AuditChainVerification>().EntriesChecked), f => f
                    .Description("How many entries were read before the answer was known."))
                .Field("brokenAtSequence", "Int", ctx => ctx.ParentAs<AuditChainVerification>().BrokenAtSequence is { } sequence ? checked((int)sequence) : null, f => f
                    .Description("The sequence number of the first entry found wrong or missing; null when the chain is intact."))
                .Field(v => v.Problem, f => f.Description("What is wrong at that entry, in plain words; null when the chain is intact.")))
            .Query(query => query
                .FieldAsync("verifyAuditChain", "AuditChainVerification!", ctx =>
                    AuditChainVerifier.VerifyAsync(ctx.Service<ReadDbContexts>().Open(), ctx.CancellationToken), f => f
                    .Description("Checks the whole audit trail: every change to every record is an entry whose hash covers the entry before it, so an edited or deleted entry is found.")));
    }
}
