using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="UniqueDirectivesPerLocationRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new UniqueDirectivesPerLocationRule(context));

    [Fact]
    public void Validate_NoDirectives_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment Test on Type { field }
            """);
    }

    [Fact]
    public void Validate_UniqueDirectivesInDifferentLocations_AreValid()
    {
        Harness.ExpectValid(
            """
            fragment Test on Type @directiveA { field @directiveB }
            """);
    }

    [Fact]
    public void Validate_UniqueDirectivesInSameLocation_AreValid()
    {
        Harness.ExpectValid(
            """
            fragment Test on Type @directiveA @directiveB { field @directiveA @directiveB }
            """);
    }

    [Fact]
    public void Validate_SameDirectivesInDifferentLocations_AreValid()
    {
        Harness.ExpectValid(
            """
            fragment Test on Type @directiveA { field @directiveA }
            """);
    }

    [Fact]
    public void Validate_SameDirectivesInSimilarLocations_AreValid()
    {
        Harness.ExpectValid(
            """
            fragment Test on Type { field @directiveA field @directiveA }
            """);
    }

    [Fact]
    public void Validate_RepeatableDirectiveRepeated_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment Test on Type { field @repeatable @repeatable }
            """);
    }

    [Fact]
    public void Validate_UnknownDirectivesRepeated_AreIgnored()
    {
        Harness.ExpectValid(
            """
            fragment Test on Type { field @unknown @unknown }
            """);
    }

    [Fact]
    public void Validate_DuplicateDirectives_AreRejected()
    {
        Harness.ExpectErrors(
            """
            fragment Test on Type { field @directiveA @directiveA }
            """,
            new ExpectedError("The directive \"@directiveA\" can only be used once at this location.", (1, 31), (1, 43)));
    }

    [Fact]
    public void Validate_ManyDuplicateDirectives_AreRejected()
    {
        Harness.ExpectErrors(
            """
            fragment Test on Type { field @directiveA @directiveA @directiveA }
            """,
            new ExpectedError("The directive \"@directiveA\" can only be used once at this location.", (1, 31), (1, 43)),
            new ExpectedError("The directive \"@directiveA\" can only be used once at this location.", (1, 31), (1, 55)));
    }

    [Fact]
    public void Validate_DifferentDuplicateDirectives_AreRejected()
    {
        Harness.ExpectErrors(
            """
            fragment Test on Type { field @directiveA @directiveB @directiveA @directiveB }
            """,
            new ExpectedError("The directive \"@directiveA\" can only be used once at this location.", (1, 31), (1, 55)),
            new ExpectedError("The directive \"@directiveB\" can only be used once at this location.", (1, 43), (1, 67)));
    }

    [Fact]
    public void Validate_DuplicateDirectivesInManyLocations_AreRejected()
    {
        Harness.ExpectErrors(
            """
            fragment Test on Type @directiveA @directiveA { field @directiveA @directiveA }
            """,
            new ExpectedError("The directive \"@directiveA\" can only be used once at this location.", (1, 23), (1, 35)),
            new ExpectedError("The directive \"@directiveA\" can only be used once at this location.", (1, 55), (1, 67)));
    }

    [Fact]
    public void Validate_DuplicateSkip_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog @skip(if: true) @skip(if: false) { name } }
            """,
            new ExpectedError("The directive \"@skip\" can only be used once at this location.", (1, 7), (1, 23)));
    }
}
