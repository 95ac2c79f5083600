using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class RequirementConfiguration : IEntityTypeConfiguration<Requirement>
{
    public void Configure(EntityTypeBuilder<Requirement> builder)
    {
        builder.ToTable("Requirements");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Reference).HasMaxLength(Requirement.ReferenceMaxLength);
        builder.Property(r => r.ProductOrService).HasMaxLength(Requirement.ProductOrServiceMaxLength);
        builder.Property(r => r.Title).HasMaxLength(Requirement.TitleMaxLength);
        builder.Property(r => r.Text).HasMaxLength(Requirement.TextMaxLength);
        builder.Property(r => r.Owner).HasMaxLength(Requirement.OwnerMaxLength);
        builder.Ignore(r => r.AllowedTransitions);

        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(r => r.CustomerId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Changes)
            .WithOne()
            .HasForeignKey(c => c.RequirementId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Changes).HasField("_changes").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(r => new { r.Status, r.Source });
        builder.HasIndex(r => new { r.CustomerId, r.Status });
        builder.HasIndex(r => r.ProductOrService);
        builder.HasIndex(r => r.Reference);
        builder.HasIndex(r => r.Title);
        builder.HasIndex(r => r.Owner);
    }
}
