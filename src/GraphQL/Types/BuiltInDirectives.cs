using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>The directives the specification defines: <c>@include</c>, <c>@skip</c>, <c>@deprecated</c>, <c>@specifiedBy</c> and <c>@oneOf</c>.</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c> on fields and fragments.</summary>
    public static Directive Include { get; } = new(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Arguments(new Argument("if", "Included when true.", new NonNullType(Scalars.Boolean), null, null, null)),
        false);

    /// <summary><c>@skip(if: Boolean!)</c> on fields and fragments.</summary>
    public static Directive Skip { get; } = new(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        Arguments(new Argument("if", "Skipped when true.", new NonNullType(Scalars.Boolean), null, null, null)),
        false);

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c> on field, argument, input field and enum value definitions.</summary>
    public static Directive Deprecated { get; } = new(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        Arguments(new Argument(
            "reason",
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            Scalars.String,
            new StringValueNode(DefaultDeprecationReason, false),
            null,
            null)),
        false);

    /// <summary><c>@specifiedBy(url: String!)</c> on scalars.</summary>
    public static Directive SpecifiedBy { get; } = new(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        [DirectiveLocation.Scalar],
        Arguments(new Argument("url", "The URL that specifies the behavior of this scalar.", new NonNullType(Scalars.String), null, null, null)),
        false);

    /// <summary><c>@oneOf</c> on input objects.</summary>
    public static Directive OneOf { get; } = new(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        [DirectiveLocation.InputObject],
        Arguments(),
        false);

    /// <summary>All five, in graphql-js's order.</summary>
    public static IReadOnlyList<Directive> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>Whether a directive is named like one the specification defines (graphql-js <c>isSpecifiedDirective</c>).</summary>
    /// <param name="directive">The directive.</param>
    /// <returns>True for include, skip, deprecated, specifiedBy and oneOf.</returns>
    public static bool IsSpecified(Directive directive) => All.Any(specified => specified.Name == directive.Name);

    private static NamedList<Argument> Arguments(params Argument[] arguments) => new(arguments, argument => argument.Name);
}
