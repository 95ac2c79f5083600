using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Requirements;

/// <summary>A person made aware of a requirement change, and when.</summary>
public sealed class RequirementChangeNotification : Entity
{
    private RequirementChangeNotification()
    {
    }

    internal RequirementChangeNotification(string name, string? role, DateTime notifiedAt)
    {
        Name = name;
        Role = role;
        NotifiedAt = notifiedAt;
    }

    public int RequirementChangeId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Role { get; private set; }

    public DateTime NotifiedAt { get; private set; }
}
