using CustomerComms.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("Contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(Contact.NameMaxLength);
        builder.Property(c => c.Role).HasMaxLength(Contact.RoleMaxLength);
        builder.Property(c => c.Email).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(ContactDetails.PhoneMaxLength);

        builder.HasIndex(c => new { c.CustomerId, c.Name });
        builder.HasIndex(c => c.Email);
    }
}
