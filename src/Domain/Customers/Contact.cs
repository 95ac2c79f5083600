using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Customers;

/// <summary>A person at a customer whom the organisation communicates with. Created and changed through <see cref="Customer"/>.</summary>
public sealed class Contact : Entity
{
    public const int NameMaxLength = 200;
    public const int RoleMaxLength = 100;

    private Contact()
    {
    }

    internal Contact(Customer customer, ContactValues values)
    {
        Customer = customer;
        CustomerId = customer.Id;
        Apply(values);
    }

    public int CustomerId { get; private set; }

    public Customer Customer { get; private set; } = null!;

    public string Name { get; private set; } = "";

    /// <summary>The contact's job or role towards the organisation, e.g. "Purchasing manager".</summary>
    public string? Role { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>At most one contact of a customer is primary.</summary>
    public bool IsPrimary { get; private set; }

    /// <summary>True when the contact is this customer's, whether or not either has been saved yet.</summary>
    public bool BelongsTo(Customer customer)
    {
        return Customer.Same(CustomerId, Customer, customer.Id, customer);
    }

    internal void Apply(ContactValues values)
    {
        Name = values.Name;
        Role = values.Role;
        Email = values.Email;
        Phone = values.Phone;
        IsPrimary = values.IsPrimary;
    }

    internal void ClearPrimary()
    {
        IsPrimary = false;
    }
}
