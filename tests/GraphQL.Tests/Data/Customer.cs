namespace CustomerComms.GraphQL.Tests.Data;

public sealed class Customer
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Email { get; set; }

    public CustomerStatus Status { get; set; }

    public bool IsActive { get; set; }

    public double Rating { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateOnly Since { get; set; }

    public List<Communication> Communications { get; set; } = [];
}
