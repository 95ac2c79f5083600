using CustomerComms.Domain.Contingency;
using CustomerComms.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class ContingencyPlanConfiguration : IEntityTypeConfiguration<ContingencyPlan>
{
    public void Configure(EntityTypeBuilder<ContingencyPlan> builder)
    {
        builder.ToTable("ContingencyPlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(ContingencyPlan.TitleMaxLength);
        builder.Property(p => p.Scope).HasMaxLength(ContingencyPlan.ScopeMaxLength);
        builder.Property(p => p.Trigger).HasMaxLength(ContingencyPlan.TriggerMaxLength);
        builder.Property(p => p.AgreedActions).HasMaxLength(ContingencyPlan.ActionsMaxLength);
        builder.Property(p => p.WhoIsTold).HasMaxLength(ContingencyPlan.ContactsMaxLength);
        builder.Property(p => p.Owner).HasMaxLength(ContingencyPlan.OwnerMaxLength);
        builder.Property(p => p.LastTestNotes).HasMaxLength(ContingencyPlan.TestNotesMaxLength);
        builder.Ignore(p => p.AllowedTransitions);

        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(p => p.CustomerId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Invocations)
            .WithOne()
            .HasForeignKey(i => i.ContingencyPlanId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Invocations).HasField("_invocations").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(p => new { p.Status, p.Title });
        builder.HasIndex(p => new { p.CustomerId, p.Status });
        builder.HasIndex(p => p.LastTestedAt);
        builder.HasIndex(p => p.Owner);
    }
}
