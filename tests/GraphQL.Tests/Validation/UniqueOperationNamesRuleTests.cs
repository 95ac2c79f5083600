using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="UniqueOperationNamesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class UniqueOperationNamesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new UniqueOperationNamesRule(context));

    [Fact]
    public void Validate_NoOperations_IsValid()
    {
        Harness.ExpectValid(
            """
            fragment fragA on Dog { name }
            """);
    }

    [Fact]
    public void Validate_OneAnonymousOperation_IsValid()
    {
        Harness.ExpectValid(
            """
            { dog { name } }
            """);
    }

    [Fact]
    public void Validate_OneNamedOperation_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo { dog { name } }
            """);
    }

    [Fact]
    public void Validate_MultipleOperationsWithDifferentNames_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo { dog { name } }
            query Bar { dog { name } }
            """);
    }

    [Fact]
    public void Validate_FragmentAndOperationWithTheSameName_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo { dog { ...Foo } }
            fragment Foo on Dog { name }
            """);
    }

    [Fact]
    public void Validate_TwoOperationsWithTheSameName_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo { dog { name } }
            query Foo { cat { name } }
            """,
            new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (2, 7)));
    }

    [Fact]
    public void Validate_QueryAndMutationWithTheSameName_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo { dog { name } }
            mutation Foo { dog { name } }
            """,
            new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (2, 10)));
    }

    [Fact]
    public void Validate_QueryAndSubscriptionWithTheSameName_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query Foo { dog { name } }
            subscription Foo { importantEmails }
            """,
            new ExpectedError("There can be only one operation named \"Foo\".", (1, 7), (2, 14)));
    }
}
