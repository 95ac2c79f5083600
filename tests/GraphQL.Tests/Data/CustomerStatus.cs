namespace CustomerComms.GraphQL.Tests.Data;

public enum CustomerStatus
{
    Prospect,
    Active,
    Inactive,
}
