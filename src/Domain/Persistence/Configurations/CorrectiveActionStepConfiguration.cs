using CustomerComms.Domain.CorrectiveActions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class CorrectiveActionStepConfiguration : IEntityTypeConfiguration<CorrectiveActionStep>
{
    public void Configure(EntityTypeBuilder<CorrectiveActionStep> builder)
    {
        builder.ToTable("CorrectiveActionSteps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Description).HasMaxLength(CorrectiveActionStep.DescriptionMaxLength);
        builder.Property(s => s.Owner).HasMaxLength(CorrectiveActionStep.OwnerMaxLength);
        builder.Property(s => s.Notes).HasMaxLength(CorrectiveActionStep.NotesMaxLength);
        builder.Ignore(s => s.IsCompleted);

        builder.HasIndex(s => new { s.CorrectiveActionId, s.Number }).IsUnique();
        builder.HasIndex(s => new { s.Owner, s.DueAt });
    }
}
