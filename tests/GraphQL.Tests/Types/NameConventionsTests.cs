using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Tests.Types;

public sealed class NameConventionsTests
{
    [Theory]
    [InlineData("InProgress", "IN_PROGRESS")]
    [InlineData("Closed", "CLOSED")]
    [InlineData("HTTPStatus", "HTTP_STATUS")]
    [InlineData("Level2Escalation", "LEVEL2_ESCALATION")]
    [InlineData("OK", "OK")]
    [InlineData("Already_Split", "ALREADY_SPLIT")]
    public void ToScreamingCase_ClrEnumMember_ScreamingCase(string name, string expected) =>
        Assert.Equal(expected, NameConventions.ToScreamingCase(name));

    [Theory]
    [InlineData("Name", "name")]
    [InlineData("ID", "id")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("createdAt", "createdAt")]
    [InlineData("CreatedAt", "createdAt")]
    public void ToCamelCase_ClrProperty_CamelCase(string name, string expected) =>
        Assert.Equal(expected, NameConventions.ToCamelCase(name));
}
