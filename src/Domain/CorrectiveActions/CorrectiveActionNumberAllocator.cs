using CustomerComms.Domain.Common;
using CustomerComms.Domain.Persistence;

namespace CustomerComms.Domain.CorrectiveActions;

/// <summary>Finds the next free corrective action number of a year (see <see cref="YearlyNumberAllocator"/> for when to call it).</summary>
public sealed class CorrectiveActionNumberAllocator
{
    private readonly CustomerCommsDbContext _db;

    public CorrectiveActionNumberAllocator(CustomerCommsDbContext db)
    {
        _db = db;
    }

    public async Task<CorrectiveActionNumber> NextAsync(int year, CancellationToken cancellationToken = default)
    {
        var sequence = await YearlyNumberAllocator.NextSequenceAsync<CorrectiveAction>(_db, CorrectiveActionNumber.Format, a => a.Number, year, cancellationToken);
        return new CorrectiveActionNumber(year, sequence);
    }
}
