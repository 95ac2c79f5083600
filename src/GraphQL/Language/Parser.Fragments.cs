namespace CustomerComms.GraphQL.Language;

/// <summary>Fragments (spec 2.8).</summary>
public sealed partial class Parser
{
    /// <summary>
    /// <c>FragmentSpread : ... FragmentName Directives?</c><br />
    /// <c>InlineFragment : ... TypeCondition? Directives? SelectionSet</c>
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = StartLocation();
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            // The fragment name may not be "on", which was ruled out above.
            var name = ParseNameAt(start, 3);
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, LocationFrom(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = LocationFrom(start) };
    }

    /// <summary><c>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</c>, <c>TypeCondition : on NamedType</c></summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = StartLocation();
        var description = ParseDescription();
        ExpectKeyword("fragment");
        if (_lexer.Value == "on")
        {
            // FragmentName : Name but not on
            throw Unexpected();
        }

        var name = ParseNameOnLine(start, out var nameOffset);
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(description, name, nameOffset, typeCondition, directives, selectionSet, LocationFrom(start));
    }
}
