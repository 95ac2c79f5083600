using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>An enum type: a closed set of names, each mapped to an internal CLR value.</summary>
public sealed class EnumType : NamedType
{
    private readonly Dictionary<object, EnumValue> _byValue = [];

    internal EnumType(string name, string? description, IReadOnlyList<DirectiveNode>? directives, Type? clrType, IEnumerable<EnumValue> values)
        : base(name, description, directives)
    {
        ClrType = clrType;
        Values = new NamedList<EnumValue>(values, value => value.Name);
        foreach (var value in Values)
        {
            if (value.Value is not null)
            {
                _byValue.TryAdd(value.Value, value);
            }
        }
    }

    /// <summary>The values, in definition order, by name.</summary>
    public NamedList<EnumValue> Values { get; }

    /// <summary>The CLR enum the type was created from, or null.</summary>
    public Type? ClrType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>Finds the enum value whose internal value is <paramref name="value" />.</summary>
    /// <param name="value">An internal value.</param>
    /// <returns>The enum value, or null.</returns>
    public EnumValue? FindByValue(object value) => _byValue.GetValueOrDefault(value);

    /// <summary>Turns an internal value into its name for the response.</summary>
    /// <param name="value">The internal value.</param>
    /// <returns>The name.</returns>
    /// <exception cref="GraphQLCoercionException">When no enum value has that internal value.</exception>
    public string Serialize(object? value) =>
        (value is null ? null : FindByValue(value))?.Name
        ?? throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent value: {JsValue.Inspect(value)}");

    /// <summary>Turns a variable value (the name as a string) into the internal value.</summary>
    /// <param name="value">The variable value.</param>
    /// <returns>The internal value.</returns>
    /// <exception cref="GraphQLCoercionException">When the value is not a string or names no value of this enum.</exception>
    public object? ParseValue(object? value)
    {
        value = JsValue.Normalize(value);
        if (value is not string name)
        {
            throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-string value: {JsValue.Inspect(value)}.");
        }

        return Values.TryGet(name, out var enumValue)
            ? enumValue.Value
            : throw new GraphQLCoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.{DidYouMean(name)}");
    }

    /// <summary>Turns an enum literal into the internal value.</summary>
    /// <param name="value">The literal.</param>
    /// <returns>The internal value.</returns>
    /// <exception cref="GraphQLCoercionException">When the literal is not an enum literal or names no value of this enum.</exception>
    public object? ParseLiteral(ValueNode value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is not EnumValueNode literal)
        {
            throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(value)}.");
        }

        return Values.TryGet(literal.Value, out var enumValue)
            ? enumValue.Value
            : throw new GraphQLCoercionException($"Value \"{literal.Value}\" does not exist in \"{Name}\" enum.{DidYouMean(literal.Value)}");
    }

    // graphql-js suggests the nearest value names, as validation does for literals.
    private string DidYouMean(string name) =>
        Validation.Suggestions.DidYouMean(Validation.Suggestions.List(name, Values.Select(value => value.Name)), "the enum value");
}
