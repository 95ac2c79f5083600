using CustomerComms.Domain.ManagementReviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class ManagementReviewOutputConfiguration : IEntityTypeConfiguration<ManagementReviewOutput>
{
    public void Configure(EntityTypeBuilder<ManagementReviewOutput> builder)
    {
        builder.ToTable("ManagementReviewOutputs");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Description).HasMaxLength(ManagementReviewOutput.DescriptionMaxLength);
        builder.Property(o => o.Owner).HasMaxLength(ManagementReviewOutput.OwnerMaxLength);
        builder.Property(o => o.CompletionNote).HasMaxLength(ManagementReviewOutput.NoteMaxLength);
        builder.Ignore(o => o.AllowedTransitions);

        builder.HasIndex(o => new { o.ManagementReviewId, o.Status });
        builder.HasIndex(o => new { o.Status, o.DueDate });
        builder.HasIndex(o => o.Owner);
    }
}
