using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Validation;

/// <summary>A variable used in a value position of an operation or fragment.</summary>
/// <param name="Node">The variable.</param>
/// <param name="Type">The input type expected where the variable is used, or null when unknown.</param>
/// <param name="DefaultValue">The default value of the argument or input field the variable is given to, or null when it has none.</param>
/// <param name="ParentType">The input type that holds the position (the input object for a field value), or null.</param>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, ValueNode? DefaultValue, GraphQLType? ParentType);
