using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Validation;

/// <summary>Finds the variables used in one operation or fragment, with the type expected where each is used.</summary>
internal sealed class VariableUsageCollector(Schema schema) : TypedWalk(new TypeInfo(schema))
{
    private readonly List<VariableUsage> _usages = [];

    public static IReadOnlyList<VariableUsage> Collect(Schema schema, ExecutableDefinitionNode definition)
    {
        var collector = new VariableUsageCollector(schema);
        collector.Walk(definition);
        return collector._usages;
    }

    protected override bool Enter(Node node)
    {
        if (node is VariableNode variable)
        {
            _usages.Add(new VariableUsage(variable, TypeInfo.InputType, TypeInfo.DefaultValue, TypeInfo.ParentInputType));
        }

        return node is not VariableDefinitionNode;
    }

    protected override void Leave(Node node)
    {
    }
}
