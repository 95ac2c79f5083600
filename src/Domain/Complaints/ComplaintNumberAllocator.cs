using CustomerComms.Domain.Common;
using CustomerComms.Domain.Persistence;

namespace CustomerComms.Domain.Complaints;

/// <summary>Finds the next free complaint number of a year (see <see cref="YearlyNumberAllocator"/> for when to call it).</summary>
public sealed class ComplaintNumberAllocator
{
    private readonly CustomerCommsDbContext _db;

    public ComplaintNumberAllocator(CustomerCommsDbContext db)
    {
        _db = db;
    }

    public async Task<ComplaintNumber> NextAsync(int year, CancellationToken cancellationToken = default)
    {
        var sequence = await YearlyNumberAllocator.NextSequenceAsync<Complaint>(_db, ComplaintNumber.Format, c => c.Number, year, cancellationToken);
        return new ComplaintNumber(year, sequence);
    }
}
