using CustomerComms.Domain.Communications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class CommunicationLinkConfiguration : IEntityTypeConfiguration<CommunicationLink>
{
    public void Configure(EntityTypeBuilder<CommunicationLink> builder)
    {
        builder.ToTable("CommunicationLinks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Note).HasMaxLength(CommunicationLink.NoteMaxLength);

        builder.HasIndex(l => new { l.CommunicationId, l.TargetType, l.TargetId }).IsUnique();
        builder.HasIndex(l => new { l.TargetType, l.TargetId });
    }
}
