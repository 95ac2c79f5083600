using CustomerComms.Domain.Property;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class PropertyIssueReportConfiguration : IEntityTypeConfiguration<PropertyIssueReport>
{
    public void Configure(EntityTypeBuilder<PropertyIssueReport> builder)
    {
        builder.ToTable("PropertyIssueReports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Description).HasMaxLength(PropertyIssueReport.DescriptionMaxLength);
        builder.Property(i => i.ReportedBy).HasMaxLength(PropertyIssueReport.ReportedByMaxLength);
        builder.Property(i => i.CustomerResponse).HasMaxLength(PropertyIssueReport.CustomerResponseMaxLength);

        builder.HasIndex(i => new { i.CustomerPropertyItemId, i.OccurredAt });
        builder.HasIndex(i => new { i.Kind, i.OccurredAt });
        builder.HasIndex(i => i.ReportedToCustomerAt);
    }
}
