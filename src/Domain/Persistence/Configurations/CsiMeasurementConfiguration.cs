using CustomerComms.Domain.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class CsiMeasurementConfiguration : IEntityTypeConfiguration<CsiMeasurement>
{
    public void Configure(EntityTypeBuilder<CsiMeasurement> builder)
    {
        builder.ToTable("CsiMeasurements");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Note).HasMaxLength(CsiMeasurement.NoteMaxLength);

        builder.HasIndex(m => new { m.CsiIndicatorId, m.PeriodStart }).IsUnique();
        builder.HasIndex(m => m.PeriodStart);
    }
}
