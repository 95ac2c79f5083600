namespace CustomerComms.GraphQL.Types;

/// <summary>
/// A field's resolver when it needs only the schema, the parent and the coerced arguments and returns at once: the
/// default resolver and the introspection fields. Execution calls it directly, without creating a
/// <see cref="ResolveContext" /> or a <see cref="ValueTask{TResult}" />, which is most of the cost of such a field.
/// </summary>
/// <param name="schema">The schema being executed.</param>
/// <param name="parentType">The object type whose field is read.</param>
/// <param name="parent">The parent value.</param>
/// <param name="arguments">The coerced arguments.</param>
/// <returns>The field value.</returns>
internal delegate object? FieldReader(Schema schema, ObjectType parentType, object? parent, IReadOnlyDictionary<string, object?> arguments);
