using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using static CustomerComms.GraphQL.Tests.Execution.ExecutionHarness;

namespace CustomerComms.GraphQL.Tests.Execution;

public sealed class ExecutionResultWriterTests
{
    [Fact]
    public void ToJson_ErrorsAndData_ErrorsFirst()
    {
        var result = ExecutionResult.FromData(
            new Dictionary<string, object?> { ["a"] = null, ["n"] = 1.5 },
            [GraphQLError.Field("bad", [], new ResponsePath(new ResponsePath(null, "a"), 0))]);

        Assert.Equal(Json("{'errors':[{'message':'bad','path':['a',0],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'a':null,'n':1.5}}"), ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public void ToJson_RequestError_NoDataEntry()
    {
        var result = ExecutionResult.FromErrors([GraphQLError.Request("Must provide query string.")]);

        Assert.Equal(Json("{'errors':[{'message':'Must provide query string.','extensions':{'code':'BAD_REQUEST'}}]}"), ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public void ToJson_NullData_DataNullWithoutErrorsEntry()
    {
        Assert.Equal(Json("{'data':null}"), ExecutionResultWriter.ToJson(ExecutionResult.FromData(null, [])));
    }
}
