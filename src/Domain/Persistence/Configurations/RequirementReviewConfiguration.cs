using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class RequirementReviewConfiguration : IEntityTypeConfiguration<RequirementReview>
{
    public void Configure(EntityTypeBuilder<RequirementReview> builder)
    {
        builder.ToTable("RequirementReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Subject).HasMaxLength(RequirementReview.SubjectMaxLength);
        builder.Property(r => r.Reviewer).HasMaxLength(RequirementReview.ReviewerMaxLength);
        builder.Property(r => r.VerbalConfirmationDetails).HasMaxLength(RequirementReview.VerbalConfirmationMaxLength);
        builder.Property(r => r.DecisionRationale).HasMaxLength(RequirementReview.RationaleMaxLength);
        builder.Ignore(r => r.IsDecided);

        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(r => r.CustomerId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Items)
            .WithOne()
            .HasForeignKey(i => i.RequirementReviewId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(r => new { r.CustomerId, r.ReviewedAt });
        builder.HasIndex(r => r.ReviewedAt);
        builder.HasIndex(r => new { r.Decision, r.ReviewedAt });
        builder.HasIndex(r => r.Subject);
    }
}
