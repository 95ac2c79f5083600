using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Validation;
using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>The validator as a whole: the error cap, the shape of errors, and the rule list.</summary>
public sealed class DocumentValidatorTests
{
    private const string ThreeUnknownFields = "{ a b c }";

    [Fact]
    public void Validate_MoreErrorsThanTheLimit_StopsWithTheTooManyErrorsError()
    {
        var errors = new ValidationHarness(context => new FieldsOnCorrectTypeRule(context)).Validate(ThreeUnknownFields, maxErrors: 2);

        Assert.Equal(
            [
                "Cannot query field \"a\" on type \"QueryRoot\".",
                "Cannot query field \"b\" on type \"QueryRoot\".",
                "Too many validation errors, error limit reached. Validation aborted.",
            ],
            errors.Select(error => error.Message));
        Assert.Empty(errors[2].Locations);
    }

    [Fact]
    public void Validate_AsManyErrorsAsTheLimit_ReportsThemAll()
    {
        var errors = new ValidationHarness(context => new FieldsOnCorrectTypeRule(context)).Validate(ThreeUnknownFields, maxErrors: 3);

        Assert.Equal(3, errors.Count);
        Assert.DoesNotContain(errors, error => error.Message.StartsWith("Too many", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RuleError_CarriesCodeAndSpecLink()
    {
        var error = Assert.Single(new ValidationHarness(context => new FieldsOnCorrectTypeRule(context)).Validate("{ a }"));

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.Extensions["code"]);
        Assert.Equal("https://spec.graphql.org/September2025/#sec-Field-Selections", error.Extensions["specifiedBy"]);
        Assert.Equal([new ErrorLocation(1, 3)], error.Locations);
    }

    [Fact]
    public void Validate_DefaultLimit_IsOneHundred()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 150).Select(i => "f" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + " }";

        var errors = DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse(query));

        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }

    [Fact]
    public void SpecifiedRules_ListsEachRuleOnceWithASpecLink()
    {
        var context = CreateContext();
        var rules = SpecifiedRules.All.Select(create => create(context)).ToList();

        Assert.Equal(27, rules.Select(rule => rule.GetType()).Distinct().Count());
        Assert.All(rules, rule => Assert.StartsWith("https://spec.graphql.org/September2025/#sec-", rule.SpecifiedBy, StringComparison.Ordinal));
        Assert.IsType<ExecutableDefinitionsRule>(rules[0]);
    }

    [Fact]
    public void Validate_DeeplyNestedFragmentPairs_FinishesQuickly()
    {
        // Each fragment spreads the next twice; comparing without memoisation would take 2^40 steps.
        var fragments = Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Dog {{ name ...F{i + 1} ...F{i + 1} }}");
        var query = "{ dog { ...F0 } }\n" + string.Join('\n', fragments) + "\nfragment F40 on Dog { name }";

        var errors = DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse(query));

        Assert.Empty(errors);
    }

    private static ValidationContext CreateContext()
    {
        ValidationContext? captured = null;
        DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse("{ dog { name } }"), [context => new CapturingRule(captured = context)]);
        return captured!;
    }

    private sealed class CapturingRule(ValidationContext context) : ValidationRule(context)
    {
        public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Validation";
    }
}
