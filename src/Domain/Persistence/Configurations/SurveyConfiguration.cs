using CustomerComms.Domain.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CustomerComms.Domain.Persistence.Configurations;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.ToTable("Surveys");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Title).HasMaxLength(Survey.TitleMaxLength);
        builder.Ignore(s => s.AllowedTransitions);

        builder.HasMany(s => s.Questions)
            .WithOne()
            .HasForeignKey(q => q.SurveyId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Questions).HasField("_questions").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(s => new { s.Status, s.OpensAt });
        builder.HasIndex(s => s.OpensAt);
        builder.HasIndex(s => s.Kind);
        builder.HasIndex(s => s.Title);
    }
}
