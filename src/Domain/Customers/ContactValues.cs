using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Customers;

/// <summary>A contact's fields, validated before any contact is changed.</summary>
internal sealed record ContactValues(string Name, string? Role, string? Email, string? Phone, bool IsPrimary)
{
    public static ContactValues Validate(string? name, string? role, string? email, string? phone, bool isPrimary)
    {
        return new ContactValues(
            Require.Text(name, "name", Contact.NameMaxLength),
            Require.OptionalText(role, "role", Contact.RoleMaxLength),
            ContactDetails.OptionalEmail(email, "email"),
            ContactDetails.OptionalPhone(phone, "phone"),
            isPrimary);
    }
}
