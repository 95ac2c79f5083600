using CustomerComms.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Number).HasMaxLength(ComplaintNumber.Length).IsFixedLength();
        builder.Property(c => c.Product).HasMaxLength(Complaint.ProductMaxLength);
        builder.Property(c => c.Lot).HasMaxLength(Complaint.LotMaxLength);
        builder.Property(c => c.Description).HasMaxLength(Complaint.DescriptionMaxLength);
        builder.Property(c => c.RemedySought).HasMaxLength(Complaint.LongTextMaxLength);
        builder.Property(c => c.Owner).HasMaxLength(Complaint.OwnerMaxLength);
        builder.Property(c => c.Containment).HasMaxLength(Complaint.LongTextMaxLength);
        builder.Property(c => c.RootCause).HasMaxLength(Complaint.LongTextMaxLength);
        builder.Property(c => c.ResponseText).HasMaxLength(Complaint.ResponseMaxLength);
        builder.Property(c => c.EscalationReason).HasMaxLength(Complaint.ReasonMaxLength);
        builder.Property(c => c.ReopenReason).HasMaxLength(Complaint.ReasonMaxLength);
        builder.Property(c => c.SlaPauseReason).HasMaxLength(Complaint.ReasonMaxLength);
        builder.Ignore(c => c.IsSlaPaused);

        builder.HasOne(c => c.Customer)
            .WithMany()
            .HasForeignKey(c => c.CustomerId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.OriginatingCommunication)
            .WithMany()
            .HasForeignKey(c => c.OriginatingCommunicationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Communications)
            .WithOne(m => m.Complaint)
            .HasForeignKey(m => m.ComplaintId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Communications).HasField("_communications").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.Status, c.ReceivedAt });
        builder.HasIndex(c => new { c.CustomerId, c.ReceivedAt });
        builder.HasIndex(c => c.ReceivedAt);
        builder.HasIndex(c => new { c.Severity, c.ReceivedAt });
        builder.HasIndex(c => new { c.Category, c.ReceivedAt });
        builder.HasIndex(c => c.ResponseDueAt);
        builder.HasIndex(c => c.AcknowledgementDueAt);
        builder.HasIndex(c => c.ClosedAt);
        builder.HasIndex(c => c.Product);
    }
}
