using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="KnownOperationTypesRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class KnownOperationTypesRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new KnownOperationTypesRule(context));

    [Fact]
    public void Validate_QueryOperation_IsValid()
    {
        Harness.ExpectValid(
            """
            query { dog { name } }
            """);
    }

    [Fact]
    public void Validate_SubscriptionOperation_IsValid()
    {
        Harness.ExpectValid(
            """
            subscription { importantEmails }
            """);
    }

    [Fact]
    public void Validate_ShorthandQuery_IsValid()
    {
        Harness.ExpectValid(
            """
            { dog { name } }
            """);
    }

    [Fact]
    public void Validate_MutationWithoutMutationRoot_IsRejected()
    {
        Harness.ExpectErrors(
            """
            mutation Add { addDog }
            """,
            ("The mutation operation is not supported by the schema.", 1, 1));
    }

    [Fact]
    public void Validate_AnonymousMutationWithoutMutationRoot_IsRejected()
    {
        Harness.ExpectErrors(
            """
            query { dog { name } }
            mutation { addDog }
            """,
            ("The mutation operation is not supported by the schema.", 2, 1));
    }
}
