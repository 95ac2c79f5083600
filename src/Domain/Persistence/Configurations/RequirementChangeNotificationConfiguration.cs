using CustomerComms.Domain.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class RequirementChangeNotificationConfiguration : IEntityTypeConfiguration<RequirementChangeNotification>
{
    public void Configure(EntityTypeBuilder<RequirementChangeNotification> builder)
    {
        builder.ToTable("RequirementChangeNotifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Name).HasMaxLength(RequirementChange.PersonMaxLength);
        builder.Property(n => n.Role).HasMaxLength(RequirementChange.PersonMaxLength);

        builder.HasIndex(n => new { n.RequirementChangeId, n.NotifiedAt });
    }
}
