using CustomerComms.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(Customer.CodeMaxLength);
        builder.Property(c => c.Name).HasMaxLength(Customer.NameMaxLength);
        builder.Property(c => c.Industry).HasMaxLength(Customer.IndustryMaxLength);
        builder.Property(c => c.Country).HasMaxLength(2).IsFixedLength();
        builder.Property(c => c.Email).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(ContactDetails.PhoneMaxLength);
        builder.Property(c => c.Notes).HasMaxLength(Customer.NotesMaxLength);
        builder.Ignore(c => c.PrimaryContact);

        builder.HasMany(c => c.Contacts)
            .WithOne(c => c.Customer)
            .HasForeignKey(c => c.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Contacts).HasField("_contacts").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => c.Name);
        builder.HasIndex(c => new { c.Segment, c.Name });
        builder.HasIndex(c => new { c.Country, c.Name });
        builder.HasIndex(c => new { c.IsActive, c.Name });
    }
}
