using CustomerComms.Domain.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class RequirementChangeConfiguration : IEntityTypeConfiguration<RequirementChange>
{
    public void Configure(EntityTypeBuilder<RequirementChange> builder)
    {
        builder.ToTable("RequirementChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Description).HasMaxLength(RequirementChange.DescriptionMaxLength);
        builder.Property(c => c.PreviousText).HasMaxLength(Requirement.TextMaxLength);
        builder.Property(c => c.NewText).HasMaxLength(Requirement.TextMaxLength);
        builder.Property(c => c.ChangedBy).HasMaxLength(RequirementChange.PersonMaxLength);

        builder.HasMany(c => c.DocumentsAmended)
            .WithOne()
            .HasForeignKey(d => d.RequirementChangeId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.DocumentsAmended).HasField("_documentsAmended").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Notifications)
            .WithOne()
            .HasForeignKey(n => n.RequirementChangeId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Notifications).HasField("_notifications").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(c => new { c.RequirementId, c.ToRevision }).IsUnique();
        builder.HasIndex(c => c.ChangedAt);
    }
}
