using CustomerComms.Domain.Risks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class RiskReviewConfiguration : IEntityTypeConfiguration<RiskReview>
{
    public void Configure(EntityTypeBuilder<RiskReview> builder)
    {
        builder.ToTable("RiskReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Reviewer).HasMaxLength(RiskReview.ReviewerMaxLength);
        builder.Property(r => r.EffectivenessNotes).HasMaxLength(RiskReview.NotesMaxLength);

        builder.HasIndex(r => new { r.RiskOpportunityId, r.ReviewedAt });
        builder.HasIndex(r => r.ReviewedAt);
    }
}
