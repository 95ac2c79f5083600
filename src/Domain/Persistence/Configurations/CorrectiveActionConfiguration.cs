using CustomerComms.Domain.CorrectiveActions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class CorrectiveActionConfiguration : IEntityTypeConfiguration<CorrectiveAction>
{
    public void Configure(EntityTypeBuilder<CorrectiveAction> builder)
    {
        builder.ToTable("CorrectiveActions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Number).HasMaxLength(CorrectiveActionNumber.Length).IsFixedLength();
        builder.Property(a => a.Title).HasMaxLength(CorrectiveAction.TitleMaxLength);
        builder.Property(a => a.Description).HasMaxLength(CorrectiveAction.DescriptionMaxLength);
        builder.Property(a => a.Owner).HasMaxLength(CorrectiveAction.OwnerMaxLength);
        builder.Property(a => a.Containment).HasMaxLength(CorrectiveAction.LongTextMaxLength);
        builder.Property(a => a.RootCause).HasMaxLength(CorrectiveAction.LongTextMaxLength);
        builder.Property(a => a.EffectivenessCheckedBy).HasMaxLength(CorrectiveAction.OwnerMaxLength);
        builder.Property(a => a.EffectivenessNotes).HasMaxLength(CorrectiveAction.LongTextMaxLength);
        builder.Ignore(a => a.OpenStepCount);

        builder.HasOne(a => a.Complaint)
            .WithMany()
            .HasForeignKey(a => a.ComplaintId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Steps)
            .WithOne(s => s.CorrectiveAction)
            .HasForeignKey(s => s.CorrectiveActionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(a => a.Number).IsUnique();
        builder.HasIndex(a => new { a.Status, a.OpenedAt });
        builder.HasIndex(a => new { a.Source, a.OpenedAt });
        builder.HasIndex(a => a.OpenedAt);
        builder.HasIndex(a => a.DueAt);
        builder.HasIndex(a => a.Owner);
    }
}
