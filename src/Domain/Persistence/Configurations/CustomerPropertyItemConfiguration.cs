using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Property;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class CustomerPropertyItemConfiguration : IEntityTypeConfiguration<CustomerPropertyItem>
{
    public void Configure(EntityTypeBuilder<CustomerPropertyItem> builder)
    {
        builder.ToTable("CustomerPropertyItems");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Description).HasMaxLength(CustomerPropertyItem.DescriptionMaxLength);
        builder.Property(p => p.Reference).HasMaxLength(CustomerPropertyItem.ReferenceMaxLength);
        builder.Property(p => p.ConditionOnReceipt).HasMaxLength(CustomerPropertyItem.ConditionMaxLength);
        builder.Property(p => p.StorageLocation).HasMaxLength(CustomerPropertyItem.LocationMaxLength);
        builder.Ignore(p => p.AllowedTransitions);
        builder.Ignore(p => p.HasUnreportedIssue);

        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(p => p.CustomerId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Issues)
            .WithOne()
            .HasForeignKey(i => i.CustomerPropertyItemId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Issues).HasField("_issues").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(p => new { p.CustomerId, p.Status });
        builder.HasIndex(p => new { p.Status, p.ReceivedAt });
        builder.HasIndex(p => p.ReceivedAt);
        builder.HasIndex(p => p.Kind);
        builder.HasIndex(p => p.Reference);
    }
}
