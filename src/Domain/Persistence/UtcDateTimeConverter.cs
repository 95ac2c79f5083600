using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CustomerComms.Domain.Persistence;

/// <summary>Stores times as UTC and marks them as UTC when read back (SQLite keeps no kind).</summary>
internal sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    public UtcDateTimeConverter()
        : base(
            value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
            value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
    {
    }
}
