namespace CustomerComms.GraphQL.Types;

/// <summary>Finds the object type of a value returned for a field of an interface or union type.</summary>
/// <param name="value">The value; not null.</param>
/// <param name="context">The context of the field that returned the value.</param>
/// <returns>The name of the object type, or null when unknown (execution then tries each possible type's <see cref="ObjectType.IsTypeOf" />).</returns>
public delegate string? TypeResolver(object value, ResolveContext context);
