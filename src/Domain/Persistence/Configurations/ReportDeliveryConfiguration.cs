using CustomerComms.Domain.ManagementReviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class ReportDeliveryConfiguration : IEntityTypeConfiguration<ReportDelivery>
{
    public void Configure(EntityTypeBuilder<ReportDelivery> builder)
    {
        builder.ToTable("ReportDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Recipients).HasMaxLength(ReportDelivery.RecipientsMaxLength);
        builder.Property(d => d.LastError).HasMaxLength(ReportDelivery.ErrorMaxLength);
        builder.Ignore(d => d.RecipientList);

        // Reviews are never deleted; a delivery keeps its review.
        builder.HasOne<ManagementReview>()
            .WithMany()
            .HasForeignKey(d => d.ManagementReviewId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(d => d.Status);
    }
}
