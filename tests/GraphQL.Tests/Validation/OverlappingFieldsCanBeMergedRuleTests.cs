using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Valid and invalid documents for <see cref="OverlappingFieldsCanBeMergedRule" />, with the errors graphql-js 16 reports for them.</summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly ValidationHarness Harness = new(context => new OverlappingFieldsCanBeMergedRule(context));

    [Fact]
    public void Validate_UniqueFields_AreValid()
    {
        Harness.ExpectValid(
            """
            fragment uniqueFields on Dog { name nickname }
            """);
    }

    [Fact]
    public void Validate_IdenticalFields_AreValid()
    {
        Harness.ExpectValid(
            """
            fragment mergeIdenticalFields on Dog { name name }
            """);
    }

    [Fact]
    public void Validate_IdenticalFieldsWithIdenticalArgs_AreValid()
    {
        Harness.ExpectValid(
            """
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }
            """);
    }

    [Fact]
    public void Validate_IdenticalFieldsWithIdenticalDirectives_AreValid()
    {
        Harness.ExpectValid(
            """
            fragment mergeSameFieldsWithSameDirectives on Dog { name @include(if: true) name @include(if: true) }
            """);
    }

    [Fact]
    public void Validate_DifferentArgsWithDifferentAliases_AreValid()
    {
        Harness.ExpectValid(
            """
            fragment differentArgsWithDifferentAliases on Dog { knowsSit: doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) }
            """);
    }

    [Fact]
    public void Validate_DifferentDirectivesWithDifferentAliases_AreValid()
    {
        Harness.ExpectValid(
            """
            fragment differentDirectivesWithDifferentAliases on Dog { nameIfTrue: name @include(if: true) nameIfFalse: name @include(if: false) }
            """);
    }

    [Fact]
    public void Validate_DifferentSkipIncludeDirectives_AreAccepted()
    {
        Harness.ExpectValid(
            """
            fragment differentDirectivesWithDifferentAliases on Dog { name @include(if: true) name @include(if: false) }
            """);
    }

    [Fact]
    public void Validate_SameAliasesWithDifferentFieldTargets_AreRejected()
    {
        Harness.ExpectErrors(
            """
            fragment sameAliasesWithDifferentFieldTargets on Dog { fido: name fido: nickname }
            """,
            new ExpectedError("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 56), (1, 67)));
    }

    [Fact]
    public void Validate_SameAliasesOnNonOverlappingTypes_AreValid()
    {
        Harness.ExpectValid(
            """
            fragment sameAliasesWithDifferentFieldTargets on Pet { ... on Dog { name } ... on Cat { name: nickname } }
            """);
    }

    [Fact]
    public void Validate_AliasMaskingDirectFieldAccess_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment aliasMaskingDirectFieldAccess on Dog { name: nickname name }
            """,
            new ExpectedError("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 49), (1, 64)));
    }

    [Fact]
    public void Validate_DifferentArgsSecondAddsAnArgument_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment conflictingArgs on Dog { doesKnowCommand doesKnowCommand(dogCommand: HEEL) }
            """,
            new ExpectedError("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 35), (1, 51)));
    }

    [Fact]
    public void Validate_DifferentArgsSecondMissingAnArgument_IsRejected()
    {
        Harness.ExpectErrors(
            """
            fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand }
            """,
            new ExpectedError("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 35), (1, 68)));
    }

    [Fact]
    public void Validate_ConflictingArgValues_AreRejected()
    {
        Harness.ExpectErrors(
            """
            fragment conflictingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }
            """,
            new ExpectedError("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 35), (1, 68)));
    }

    [Fact]
    public void Validate_ConflictingArgNames_AreRejected()
    {
        Harness.ExpectErrors(
            """
            fragment conflictingArgs on Dog { isAtLocation(x: 0) isAtLocation(y: 0) }
            """,
            new ExpectedError("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 35), (1, 54)));
    }

    [Fact]
    public void Validate_InputObjectArgsInDifferentOrder_AreValid()
    {
        Harness.ExpectValid(
            """
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) complexArgField(complexArg: { intField: 1, requiredField: true }) } }
            """);
    }

    [Fact]
    public void Validate_SameVariableArgs_AreValid()
    {
        Harness.ExpectValid(
            """
            query ($c: DogCommand) { dog { doesKnowCommand(dogCommand: $c) doesKnowCommand(dogCommand: $c) } }
            """);
    }

    [Fact]
    public void Validate_DifferentVariableArgs_AreRejected()
    {
        Harness.ExpectErrors(
            """
            query ($c: DogCommand, $d: DogCommand) { dog { doesKnowCommand(dogCommand: $c) doesKnowCommand(dogCommand: $d) } }
            """,
            new ExpectedError("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 48), (1, 80)));
    }

    [Fact]
    public void Validate_DifferentArgsOnNonOverlappingTypes_AreValid()
    {
        Harness.ExpectValid(
            """
            fragment conflictingArgs on Pet { ... on Dog { name(surname: true) } ... on Cat { name } }
            """);
    }

    [Fact]
    public void Validate_EncountersConflictInFragments()
    {
        Harness.ExpectErrors(
            """
            { ...A ...B }
            fragment A on QueryRoot { x: dog { name } }
            fragment B on QueryRoot { x: cat { name } }
            """,
            new ExpectedError("Fields \"x\" conflict because \"dog\" and \"cat\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 27), (3, 27)));
    }

    [Fact]
    public void Validate_ReportsEachConflictOnce()
    {
        Harness.ExpectErrors(
            """
            { f1 { ...A ...B } f2 { ...B ...A } f3 { ...A ...B x: c } }
            fragment A on Type { x: a }
            fragment B on Type { x: b }
            """,
            new ExpectedError("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 22), (3, 22)),
            new ExpectedError("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 52), (2, 22)),
            new ExpectedError("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 52), (3, 22)));
    }

    [Fact]
    public void Validate_DeepConflict_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { x: name } dog { x: nickname } }
            """,
            new ExpectedError("Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (1, 9), (1, 19), (1, 25)));
    }

    [Fact]
    public void Validate_DeepConflictWithMultipleIssues_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { x: name y: barkVolume } dog { x: nickname y: barks } }
            """,
            new ExpectedError("Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barkVolume\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (1, 9), (1, 17), (1, 33), (1, 39), (1, 51)));
    }

    [Fact]
    public void Validate_VeryDeepConflict_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { human { relatives { x: name } } human { relatives { x: iq } } }
            """,
            new ExpectedError("Fields \"human\" conflict because subfields \"relatives\" conflict because subfields \"x\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (1, 11), (1, 23), (1, 35), (1, 43), (1, 55)));
    }

    [Fact]
    public void Validate_DeepConflictToNearestCommonAncestor_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { mother { x: name y: nickname } mother { x: nickname } } dog { mother { y: name } } }
            """,
            new ExpectedError("Fields \"dog\" conflict because subfields \"mother\" conflict because subfields \"y\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (1, 9), (1, 26), (1, 65), (1, 71), (1, 80)),
            new ExpectedError("Fields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 18), (1, 40), (1, 49)));
    }

    [Fact]
    public void Validate_DeepConflictInNestedFragments_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { ...F } dog { ...I } }
            fragment F on Dog { x: name ...G }
            fragment G on Dog { y: nickname }
            fragment I on Dog { y: barks ...J }
            fragment J on Dog { x: barkVolume }
            """,
            new ExpectedError("Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"barkVolume\" are different fields and subfields \"y\" conflict because \"nickname\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (2, 21), (3, 21), (1, 16), (5, 21), (4, 21)));
    }

    [Fact]
    public void Validate_ConflictingReturnTypesOnInlineFragments_AreRejected()
    {
        Harness.ExpectErrors(
            """
            { catOrDog { ... on Dog { someValue: nickname } ... on Cat { someValue: meowsVolume } } }
            """,
            new ExpectedError("Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (1, 27), (1, 62)));
    }

    [Fact]
    public void Validate_CompatibleReturnShapesOnDifferentTypes_AreValid()
    {
        Harness.ExpectValid(
            """
            { catOrDog { ... on Dog { someValue: nickname } ... on Cat { someValue: name } } }
            """);
    }

    [Fact]
    public void Validate_DisallowsNonNullAgainstNullable()
    {
        Harness.ExpectValid(
            """
            { human { ... on Human { r: relatives { name } } } pet { ... on Dog { r: mother { name } } } }
            """);
    }

    [Fact]
    public void Validate_ListAgainstNonListOnDifferentTypes_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dogOrHuman { ... on Human { x: relatives { name } } ... on Dog { x: mother { name } } } }
            """,
            new ExpectedError("Fields \"x\" conflict because they return conflicting types \"[Human]!\" and \"Dog\". Use different aliases on the fields to fetch both if this was intentional.", (1, 31), (1, 68)));
    }

    [Fact]
    public void Validate_SameFieldsThroughInterfaceAndObject_AreValid()
    {
        Harness.ExpectValid(
            """
            { pet { name ... on Dog { name } } }
            """);
    }

    [Fact]
    public void Validate_TypenameEverywhere_IsValid()
    {
        Harness.ExpectValid(
            """
            { dog { __typename ... on Dog { __typename } } catOrDog { __typename ... on Cat { __typename } } }
            """);
    }

    [Fact]
    public void Validate_TypenameAliasedOverAField_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { name: __typename name } }
            """,
            new ExpectedError("Fields \"name\" conflict because \"__typename\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 26)));
    }

    [Fact]
    public void Validate_ConflictBetweenFieldAndFragmentSpreadInNestedSelection_IsRejected()
    {
        Harness.ExpectErrors(
            """
            { dog { x: name } ...F }
            fragment F on QueryRoot { dog { x: barks } }
            """,
            new ExpectedError("Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 3), (1, 9), (2, 27), (2, 33)));
    }

    [Fact]
    public void Validate_FragmentSpreadTwiceWithItself_IsValid()
    {
        Harness.ExpectValid(
            """
            { dog { ...F ...F } }
            fragment F on Dog { name }
            """);
    }

    [Fact]
    public void Validate_RecursiveFragmentsDoNotHang()
    {
        Harness.ExpectValid(
            """
            { dog { ...F } }
            fragment F on Dog { mother { ...F } x: name }
            """);
    }

    [Fact]
    public void Validate_MutuallyRecursiveFragmentsDoNotHang()
    {
        Harness.ExpectErrors(
            """
            { dog { ...F ...G } }
            fragment F on Dog { x: name ...G }
            fragment G on Dog { x: nickname ...F }
            """,
            new ExpectedError("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 21), (3, 21)),
            new ExpectedError("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 21), (3, 21)),
            new ExpectedError("Fields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 21), (2, 21)));
    }
}
