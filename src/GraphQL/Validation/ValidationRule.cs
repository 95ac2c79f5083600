using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation;

/// <summary>
/// One validation rule: a visitor that the validator calls for every node of the document, in source order,
/// with <see cref="Enter" /> before and <see cref="Leave" /> after the node's children. A new instance is made for
/// each document validated, so a rule may keep state in fields.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>Creates the rule for one validation.</summary>
    /// <param name="context">The validation under way.</param>
    protected ValidationRule(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
    }

    /// <summary>The link to the section of the specification that defines the rule.</summary>
    public abstract string SpecifiedBy { get; }

    /// <summary>The validation under way: schema, document, fragments and the types at the current node.</summary>
    protected ValidationContext Context { get; }

    /// <summary>Called before the children of <paramref name="node" /> are walked.</summary>
    /// <param name="node">The node entered.</param>
    public virtual void Enter(Node node)
    {
    }

    /// <summary>Called after the children of <paramref name="node" /> have been walked.</summary>
    /// <param name="node">The node left.</param>
    public virtual void Leave(Node node)
    {
    }

    /// <summary>Reports that the document breaks this rule.</summary>
    /// <param name="message">The message.</param>
    /// <param name="nodes">The nodes involved.</param>
    protected void ReportError(string message, params IEnumerable<Node> nodes) =>
        Context.ReportError(new ValidationError(message, nodes, SpecifiedBy));
}
