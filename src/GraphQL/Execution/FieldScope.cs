using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// The field whose value is being completed: what error messages, paths and type checks need. Carries the
/// <see cref="ResolveContext" /> when the resolver was given one; fields read without one get one only if a
/// type check (<see cref="ObjectType.IsTypeOf" />, a type resolver) asks for it.
/// </summary>
/// <param name="ParentType">The object type whose field it is.</param>
/// <param name="Field">The collected field.</param>
/// <param name="Source">The parent value.</param>
/// <param name="Arguments">The coerced arguments.</param>
/// <param name="Path">The field's response path.</param>
/// <param name="Context">The context given to the resolver, or null when the field was read without one.</param>
internal readonly record struct FieldScope(ObjectType ParentType, CollectedField Field, object? Source, IReadOnlyDictionary<string, object?> Arguments, ResponsePath Path, ResolveContext? Context);
