using CustomerComms.Domain.Communications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class CommunicationConfiguration : IEntityTypeConfiguration<Communication>
{
    public void Configure(EntityTypeBuilder<Communication> builder)
    {
        builder.ToTable("Communications");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Subject).HasMaxLength(Communication.SubjectMaxLength);
        builder.Property(c => c.Body).HasMaxLength(Communication.BodyMaxLength);
        builder.Property(c => c.HandledBy).HasMaxLength(Communication.HandledByMaxLength);
        builder.Property(c => c.ResponseSummary).HasMaxLength(Communication.ResponseSummaryMaxLength);

        builder.HasOne(c => c.Customer)
            .WithMany()
            .HasForeignKey(c => c.CustomerId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Contact)
            .WithMany()
            .HasForeignKey(c => c.ContactId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Links)
            .WithOne(l => l.Communication)
            .HasForeignKey(l => l.CommunicationId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Links).HasField("_links").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(c => new { c.CustomerId, c.OccurredAt });
        builder.HasIndex(c => new { c.Kind, c.OccurredAt });
        builder.HasIndex(c => new { c.Channel, c.OccurredAt });
        builder.HasIndex(c => new { c.Direction, c.OccurredAt });
        builder.HasIndex(c => c.OccurredAt);
        builder.HasIndex(c => new { c.RespondedAt, c.ResponseDue });
        builder.HasIndex(c => c.HandledBy);
    }
}
