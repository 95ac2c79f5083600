using CustomerComms.Domain.Risks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class RiskOpportunityConfiguration : IEntityTypeConfiguration<RiskOpportunity>
{
    public void Configure(EntityTypeBuilder<RiskOpportunity> builder)
    {
        builder.ToTable("RiskOpportunities");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Title).HasMaxLength(RiskOpportunity.TitleMaxLength);
        builder.Property(r => r.Description).HasMaxLength(RiskOpportunity.DescriptionMaxLength);
        builder.Property(r => r.Category).HasMaxLength(RiskOpportunity.CategoryMaxLength);
        builder.Property(r => r.Source).HasMaxLength(RiskOpportunity.SourceMaxLength);
        builder.Property(r => r.Process).HasMaxLength(RiskOpportunity.ProcessMaxLength);
        builder.Property(r => r.Owner).HasMaxLength(RiskOpportunity.OwnerMaxLength);
        builder.Property(r => r.TreatmentPlan).HasMaxLength(RiskOpportunity.TreatmentPlanMaxLength);
        builder.Property(r => r.ClosingNote).HasMaxLength(RiskOpportunity.ClosingNoteMaxLength);
        builder.Ignore(r => r.AllowedTransitions);

        builder.HasMany(r => r.Reviews)
            .WithOne()
            .HasForeignKey(v => v.RiskOpportunityId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Reviews).HasField("_reviews").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(r => new { r.Status, r.Score });
        builder.HasIndex(r => new { r.Kind, r.Band });
        builder.HasIndex(r => r.Score);
        builder.HasIndex(r => r.ResidualScore);
        builder.HasIndex(r => r.NextReviewDue);
        builder.HasIndex(r => r.Category);
        builder.HasIndex(r => r.Process);
        builder.HasIndex(r => r.Owner);
        builder.HasIndex(r => r.IdentifiedAt);
    }
}
