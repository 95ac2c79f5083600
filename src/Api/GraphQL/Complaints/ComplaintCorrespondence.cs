using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Complaints;

/// <summary>
/// A complaint's correspondence: the communication it was received in (<see cref="Complaint.OriginatingCommunicationId" />)
/// and those filed under it (<see cref="Communication.ComplaintId" />). Each is loaded for a whole page of complaints
/// in one SQL command.
/// </summary>
internal static class ComplaintCorrespondence
{
    /// <summary>The complaint's communications, oldest first (ties by the order recorded).</summary>
    public static Task<IReadOnlyList<Communication>> LoadAllAsync(ResolveContext context, Complaint complaint) =>
        context.GroupedDataLoader<Key, Communication>("Complaint.communications", async (keys, cancellationToken) =>
        {
            var complaintIds = keys.Select(k => k.ComplaintId).ToArray();
            var originIds = keys.Where(k => k.OriginId is not null).Select(k => k.OriginId!.Value).ToArray();
            var items = await context.Service<ReadDbContexts>().Open().Set<Communication>()
                .Where(c => (c.ComplaintId != null && complaintIds.Contains(c.ComplaintId.Value)) || originIds.Contains(c.Id))
                .OrderBy(c => c.OccurredAt).ThenBy(c => c.Id)
                .ToListAsync(cancellationToken);
            return keys.SelectMany(key => items.Where(key.Includes).Select(item => (key, item))).ToLookup(pair => pair.key, pair => pair.item);
        }).LoadAsync(KeyOf(complaint));

    /// <summary>
    /// The complaint's most recent communication (the latest <see cref="Communication.OccurredAt" />, then the last
    /// recorded): the SQL reads only the latest filed communication of each complaint, and the originating ones.
    /// </summary>
    public static Task<Communication?> LoadLatestAsync(ResolveContext context, Complaint complaint) =>
        context.DataLoader<Key, Communication>("Complaint.latestCommunication", async (keys, cancellationToken) =>
        {
            var complaintIds = keys.Select(k => k.ComplaintId).ToArray();
            var originIds = keys.Where(k => k.OriginId is not null).Select(k => k.OriginId!.Value).ToArray();
            var communications = context.Service<ReadDbContexts>().Open().Set<Communication>();
            var items = await communications
                .Where(c => originIds.Contains(c.Id)
                    || (c.ComplaintId != null && complaintIds.Contains(c.ComplaintId.Value)
                        && !communications.Any(later => later.ComplaintId == c.ComplaintId
                            && (later.OccurredAt > c.OccurredAt || (later.OccurredAt == c.OccurredAt && later.Id > c.Id)))))
                .ToListAsync(cancellationToken);
            var latest = new Dictionary<Key, Communication>();
            foreach (var key in keys)
            {
                if (items.Where(key.Includes).OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id).FirstOrDefault() is { } item)
                {
                    latest[key] = item;
                }
            }

            return latest;
        }).LoadAsync(KeyOf(complaint));

    private static Key KeyOf(Complaint complaint) => new(complaint.Id, complaint.OriginatingCommunicationId);

    /// <summary>A complaint with its originating communication, so the batch needs no lookup of complaints.</summary>
    private readonly record struct Key(int ComplaintId, int? OriginId)
    {
        public bool Includes(Communication communication) => communication.ComplaintId == ComplaintId || communication.Id == OriginId;
    }
}
