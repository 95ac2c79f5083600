namespace CustomerComms.GraphQL.Tests.Data;

public sealed class Communication
{
    public int Id { get; set; }

    public string Subject { get; set; } = "";

    public CommunicationKind Kind { get; set; }

    public DateTime OccurredAt { get; set; }

    public int CustomerId { get; set; }

    public Customer Customer { get; set; } = null!;
}
