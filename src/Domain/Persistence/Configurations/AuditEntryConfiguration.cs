using CustomerComms.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.HasIndex(e => new { e.EntityType, e.EntityId, e.Sequence });
        builder.HasIndex(e => e.OccurredAt);
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.EntityType).HasMaxLength(100);
        // Before and after values are as long as the record they describe: no length limit.
        builder.Property(e => e.Before).Metadata.SetMaxLength(null);
        builder.Property(e => e.After).Metadata.SetMaxLength(null);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
    }
}
