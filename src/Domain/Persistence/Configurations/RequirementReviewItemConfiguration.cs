using CustomerComms.Domain.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class RequirementReviewItemConfiguration : IEntityTypeConfiguration<RequirementReviewItem>
{
    public void Configure(EntityTypeBuilder<RequirementReviewItem> builder)
    {
        builder.ToTable("RequirementReviewItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Resolution).HasMaxLength(RequirementReviewItem.ResolutionMaxLength);
        builder.Property(i => i.Notes).HasMaxLength(RequirementReviewItem.NotesMaxLength);

        builder.HasOne(i => i.Requirement)
            .WithMany()
            .HasForeignKey(i => i.RequirementId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(i => new { i.RequirementReviewId, i.RequirementId }).IsUnique();
        builder.HasIndex(i => new { i.RequirementId, i.Outcome });
    }
}
