using CustomerComms.Domain.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.ToTable("SurveyQuestions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Text).HasMaxLength(SurveyQuestion.TextMaxLength);
        builder.Ignore(q => q.MinScore);
        builder.Ignore(q => q.MaxScore);

        builder.HasIndex(q => new { q.SurveyId, q.Order }).IsUnique();
    }
}
