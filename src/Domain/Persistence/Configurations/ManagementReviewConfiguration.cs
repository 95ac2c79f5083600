using CustomerComms.Domain.ManagementReviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class ManagementReviewConfiguration : IEntityTypeConfiguration<ManagementReview>
{
    public void Configure(EntityTypeBuilder<ManagementReview> builder)
    {
        builder.ToTable("ManagementReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Title).HasMaxLength(ManagementReview.TitleMaxLength);
        builder.Property(r => r.ContentType).HasMaxLength(ManagementReview.ContentTypeMaxLength);
        builder.Property(r => r.TemplateName).HasMaxLength(ManagementReview.TemplateNameMaxLength);
        builder.Property(r => r.TemplateHash).HasMaxLength(ManagementReview.TemplateHashMaxLength);
        builder.Property(r => r.ContentHash).HasMaxLength(ManagementReview.HashLength).IsFixedLength();
        builder.Property(r => r.DataSnapshot).HasMaxLength(ManagementReview.MaxSnapshotLength);
        builder.Property(r => r.GeneratedBy).HasMaxLength(ManagementReview.GeneratedByMaxLength);
        builder.Property<byte[]>("StoredContent").HasColumnName("Content").HasMaxLength(ManagementReview.MaxContentBytes);
        builder.Ignore(r => r.Content);
        builder.Ignore(r => r.ContentText);

        // The report is an immutable record: saving a change to any of its own columns fails.
        foreach (var name in new[]
        {
            nameof(ManagementReview.Title), nameof(ManagementReview.PeriodFrom), nameof(ManagementReview.PeriodTo),
            nameof(ManagementReview.Format), nameof(ManagementReview.ContentType), nameof(ManagementReview.TemplateName),
            nameof(ManagementReview.TemplateHash), "StoredContent", nameof(ManagementReview.ContentLength),
            nameof(ManagementReview.ContentHash), nameof(ManagementReview.DataSnapshot), nameof(ManagementReview.GeneratedBy),
            nameof(ManagementReview.GeneratedAt),
        })
        {
            builder.Property(name).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Throw);
        }

        builder.HasMany(r => r.Outputs)
            .WithOne()
            .HasForeignKey(o => o.ManagementReviewId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Outputs).HasField("_outputs").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(r => r.GeneratedAt);
        builder.HasIndex(r => new { r.PeriodFrom, r.PeriodTo });
        builder.HasIndex(r => r.Format);
        builder.HasIndex(r => r.ContentHash);
    }
}
