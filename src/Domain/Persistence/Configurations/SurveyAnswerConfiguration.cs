using CustomerComms.Domain.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.ToTable("SurveyAnswers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Text).HasMaxLength(SurveyAnswer.TextMaxLength);

        builder.HasOne(a => a.Question)
            .WithMany()
            .HasForeignKey(a => a.SurveyQuestionId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(a => new { a.SurveyResponseId, a.SurveyQuestionId }).IsUnique();
        builder.HasIndex(a => new { a.SurveyQuestionId, a.Score });
        builder.HasIndex(a => new { a.QuestionType, a.Score });
    }
}
