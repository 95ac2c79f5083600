using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="UniqueVariableNamesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class UniqueVariableNamesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new UniqueVariableNamesRule(context));

    [Fact]
    public void Validate_UniqueVariableNames_AreValid()
    {
        Harness.ExpectValid(
            """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """);
    }

    [Fact]
    public void Validate_DuplicateVariableNames_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """,
            new ExpectedError("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            new ExpectedError("There can be only one variable named \"$x\".", (2, 10), (2, 22)),
            new ExpectedError("There can be only one variable named \"$x\".", (3, 10), (3, 19)));
    }
}
