using CustomerComms.Domain.Contingency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class ContingencyInvocationConfiguration : IEntityTypeConfiguration<ContingencyInvocation>
{
    public void Configure(EntityTypeBuilder<ContingencyInvocation> builder)
    {
        builder.ToTable("ContingencyInvocations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Reason).HasMaxLength(ContingencyInvocation.ReasonMaxLength);
        builder.Property(i => i.Outcome).HasMaxLength(ContingencyInvocation.OutcomeMaxLength);

        builder.HasIndex(i => new { i.ContingencyPlanId, i.InvokedAt });
        builder.HasIndex(i => i.InvokedAt);
    }
}
