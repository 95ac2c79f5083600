using System.Globalization;
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Validation;

namespace CustomerComms.GraphQL.Tests.Validation;

/// <summary>Validates documents against <see cref="ValidationTestSchema" /> with one rule (or all) and compares the errors.</summary>
/// <param name="rule">The rule under test; null for <see cref="SpecifiedRules.All" />.</param>
internal sealed class ValidationHarness(Func<ValidationContext, ValidationRule>? rule)
{
    public void ExpectValid(string query) => ExpectErrors(query);

    public void ExpectErrors(string query, params ExpectedError[] errors)
    {
        var actual = Validate(query).Select(Describe).ToList();
        Assert.Equal(errors.Select(error => error.ToString()).ToList(), actual);
    }

    public IReadOnlyList<ValidationError> Validate(string query, int? maxErrors = null) =>
        DocumentValidator.Validate(ValidationTestSchema.Schema, Parser.Parse(query), rule is null ? null : [rule], maxErrors);

    private static string Describe(ValidationError error) =>
        error.Message + " @ " + string.Join(", ", error.Locations.Select(location => string.Create(CultureInfo.InvariantCulture, $"{location.Line}:{location.Column}")));
}
