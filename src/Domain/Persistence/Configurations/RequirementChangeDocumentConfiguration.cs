using CustomerComms.Domain.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class RequirementChangeDocumentConfiguration : IEntityTypeConfiguration<RequirementChangeDocument>
{
    public void Configure(EntityTypeBuilder<RequirementChangeDocument> builder)
    {
        builder.ToTable("RequirementChangeDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Reference).HasMaxLength(RequirementChangeDocument.ReferenceMaxLength);

        builder.HasIndex(d => new { d.RequirementChangeId, d.Reference }).IsUnique();
        builder.HasIndex(d => d.Reference);
    }
}
