namespace CustomerComms.Api.GraphQL.Mutations;

/// <summary>An input value is missing, malformed, out of range or breaks a rule of the record.</summary>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Field">The path of the input field at fault (e.g. <c>contact.email</c>), or null when the rule spans the record.</param>
/// <param name="Code">The stable code of the rule (e.g. <c>VALIDATION</c>).</param>
internal sealed record ValidationError(string Message, string? Field, string Code = "VALIDATION");
