namespace CustomerComms.GraphQL.Types;

/// <summary>
/// Produces the value of a field for one parent value. Execution calls it with the coerced arguments and completes
/// the returned value against the field's type (lists as <see cref="System.Collections.IEnumerable" />).
/// </summary>
/// <param name="context">The parent value, arguments, services, cancellation and request state.</param>
/// <returns>The field value; null for null.</returns>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);
