using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("SurveyResponses");
        builder.HasKey(r => r.Id);

        builder.HasOne(r => r.Survey)
            .WithMany()
            .HasForeignKey(r => r.SurveyId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(r => r.CustomerId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Answers)
            .WithOne()
            .HasForeignKey(a => a.SurveyResponseId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Answers).HasField("_answers").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(r => new { r.SurveyId, r.SubmittedAt });
        builder.HasIndex(r => new { r.CustomerId, r.SubmittedAt });
        builder.HasIndex(r => r.SubmittedAt);
    }
}
