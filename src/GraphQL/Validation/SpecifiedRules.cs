using CustomerComms.GraphQL.Validation.Rules;

namespace CustomerComms.GraphQL.Validation;

/// <summary>The validation rules of the specification, in the order the specification gives them.</summary>
public static class SpecifiedRules
{
    /// <summary>
    /// The rules run by default: graphql-js's <c>specifiedRules</c> plus Operation Type Existence. Together they
    /// enforce the 30 rules of section 5 of the September 2025 specification (some rules, such as
    /// <see cref="ValuesOfCorrectTypeRule" />, enforce more than one).
    /// </summary>
    public static IReadOnlyList<Func<ValidationContext, ValidationRule>> All { get; } =
    [
        context => new ExecutableDefinitionsRule(context),
        context => new KnownOperationTypesRule(context),
        context => new UniqueOperationNamesRule(context),
        context => new LoneAnonymousOperationRule(context),
        context => new SingleFieldSubscriptionsRule(context),
        context => new KnownTypeNamesRule(context),
        context => new FragmentsOnCompositeTypesRule(context),
        context => new VariablesAreInputTypesRule(context),
        context => new ScalarLeafsRule(context),
        context => new FieldsOnCorrectTypeRule(context),
        context => new UniqueFragmentNamesRule(context),
        context => new KnownFragmentNamesRule(context),
        context => new NoUnusedFragmentsRule(context),
        context => new PossibleFragmentSpreadsRule(context),
        context => new NoFragmentCyclesRule(context),
        context => new UniqueVariableNamesRule(context),
        context => new NoUndefinedVariablesRule(context),
        context => new NoUnusedVariablesRule(context),
        context => new KnownDirectivesRule(context),
        context => new UniqueDirectivesPerLocationRule(context),
        context => new KnownArgumentNamesRule(context),
        context => new UniqueArgumentNamesRule(context),
        context => new ValuesOfCorrectTypeRule(context),
        context => new ProvidedRequiredArgumentsRule(context),
        context => new VariablesInAllowedPositionRule(context),
        context => new OverlappingFieldsCanBeMergedRule(context),
        context => new UniqueInputFieldNamesRule(context),
    ];
}
