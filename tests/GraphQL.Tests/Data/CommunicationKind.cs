namespace CustomerComms.GraphQL.Tests.Data;

public enum CommunicationKind
{
    Email,
    Phone,
}
