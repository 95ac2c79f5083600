using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="ExecutableDefinitionsRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new ExecutableDefinitionsRule(context));

    [Fact]
    public void Validate_OnlyOperation_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo { dog { name } }
            """);
    }

    [Fact]
    public void Validate_OperationAndFragment_IsValid()
    {
        Harness.ExpectValid(
            """
            query Foo { dog { name ...Frag } }
            fragment Frag on Dog { name }
            """);
    }

    [Fact]
    public void Validate_TypeDefinition_IsNotExecutable()
    {
        Harness.ExpectErrors(
            """
            query Foo { dog { name } }
            type Cow { name: String }
            extend type Dog { color: String }
            """,
            ("The \"Cow\" definition is not executable.", 2, 1),
            ("The \"Dog\" definition is not executable.", 3, 1));
    }

    [Fact]
    public void Validate_SchemaDefinition_IsNotExecutable()
    {
        Harness.ExpectErrors(
            """
            schema { query: Query }
            type Query { test: String }
            extend schema @directive
            """,
            ("The schema definition is not executable.", 1, 1),
            ("The \"Query\" definition is not executable.", 2, 1),
            ("The schema definition is not executable.", 3, 1));
    }

    [Fact]
    public void Validate_DirectiveDefinition_IsNotExecutable()
    {
        Harness.ExpectErrors(
            """
            { dog { name } }
            directive @foo on FIELD
            """,
            ("The \"foo\" definition is not executable.", 2, 1));
    }
}
