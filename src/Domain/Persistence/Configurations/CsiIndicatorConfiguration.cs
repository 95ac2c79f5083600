using CustomerComms.Domain.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class CsiIndicatorConfiguration : IEntityTypeConfiguration<CsiIndicator>
{
    public void Configure(EntityTypeBuilder<CsiIndicator> builder)
    {
        builder.ToTable("CsiIndicators");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Code).HasMaxLength(CsiIndicator.CodeMaxLength);
        builder.Property(i => i.Name).HasMaxLength(CsiIndicator.NameMaxLength);
        builder.Property(i => i.Definition).HasMaxLength(CsiIndicator.DefinitionMaxLength);
        builder.Property(i => i.Unit).HasMaxLength(CsiIndicator.UnitMaxLength);
        builder.Property(i => i.Owner).HasMaxLength(CsiIndicator.OwnerMaxLength);
        builder.Property(i => i.DataSource).HasMaxLength(CsiIndicator.DataSourceMaxLength);

        builder.HasMany(i => i.Measurements)
            .WithOne()
            .HasForeignKey(m => m.CsiIndicatorId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Measurements).HasField("_measurements").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasIndex(i => i.Name);
        builder.HasIndex(i => new { i.IsActive, i.Code });
        builder.HasIndex(i => i.Owner);
    }
}
