namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for all specified rules together, with the errors graphql-js 16 reports for them.</summary>
public sealed class SpecifiedRulesTests
{
    private static readonly ValidationHarness Harness = new(null);

    [Fact]
    public void Validate_KitchenSinkQuery_IsValid()
    {
        Harness.ExpectValid(
            """
            query Q($id: ID, $cond: Boolean = true, $cmd: DogCommand!) {
              human(id: $id) { name ...HumanFields pets { ... on Dog { doesKnowCommand(dogCommand: $cmd) } } }
              dog @include(if: $cond) { ...DogFields isHouseTrained }
              catOrDog { __typename ... on Cat { furColor } }
              complicatedArgs { complexArgField(complexArg: { requiredField: true }) oneOfArgField(oneOfArg: { intField: 1 }) }
            }
            fragment HumanFields on Human { relatives { name } }
            fragment DogFields on Dog { name nickname mother { name } }
            """);
    }

    [Fact]
    public void Validate_InvalidDocument_ReportsErrorsOfEveryRuleInOrder()
    {
        Harness.ExpectErrors(
            """
            query Q($unused: Int, $u: Unknown) {
              dog { unknownField doesKnowCommand(dogCommand: "SIT") name: nickname name }
              cat @skip(if: $undefined) { name ...Missing }
              human { pets }
            }
            mutation { addDog }
            { dog { name } }
            fragment Never on Dog { name }
            """,
            ("Unknown type \"Unknown\".", 1, 27),
            new ExpectedError("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 57), (2, 72)),
            ("Cannot query field \"unknownField\" on type \"Dog\".", 2, 9),
            ("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", 2, 50),
            ("Unknown fragment \"Missing\".", 3, 39),
            ("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", 4, 11),
            new ExpectedError("Variable \"$undefined\" is not defined by operation \"Q\".", (3, 17), (1, 1)),
            ("Variable \"$unused\" is never used in operation \"Q\".", 1, 9),
            ("Variable \"$u\" is never used in operation \"Q\".", 1, 23),
            ("The mutation operation is not supported by the schema.", 6, 1),
            ("This anonymous operation must be the only defined operation.", 6, 1),
            ("This anonymous operation must be the only defined operation.", 7, 1),
            ("Fragment \"Never\" is never used.", 8, 1));
    }
}
