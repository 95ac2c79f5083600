using System.Text.RegularExpressions;
using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Customers;

/// <summary>An organisation or person the organisation supplies, with the contacts it communicates with.</summary>
public sealed partial class Customer : Entity
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 200;
    public const int IndustryMaxLength = 100;
    public const int NotesMaxLength = 4000;

    private readonly List<Contact> _contacts = [];

    private Customer()
    {
    }

    /// <param name="code">The account number, unique across customers; stored in upper case.</param>
    /// <param name="country">ISO 3166-1 alpha-2 code.</param>
    public Customer(
        string code,
        string name,
        CustomerSegment segment,
        string country,
        string? industry = null,
        string? email = null,
        string? phone = null,
        string? notes = null)
    {
        Code = ValidCode(code);
        SetDetails(name, segment, country, industry, email, phone, notes);
        IsActive = true;
    }

    /// <summary>The account number: letters, digits and dashes, unique, upper case.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public CustomerSegment Segment { get; private set; }

    public string? Industry { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code, e.g. <c>DE</c>.</summary>
    public string Country { get; private set; } = "";

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>Inactive customers keep their history but are no longer supplied.</summary>
    public bool IsActive { get; private set; }

    public IReadOnlyList<Contact> Contacts => _contacts;

    /// <summary>The primary contact, if one is marked.</summary>
    public Contact? PrimaryContact => _contacts.FirstOrDefault(c => c.IsPrimary);

    public void UpdateDetails(
        string name,
        CustomerSegment segment,
        string country,
        string? industry,
        string? email,
        string? phone,
        string? notes)
    {
        SetDetails(name, segment, country, industry, email, phone, notes);
    }

    public void ChangeCode(string code)
    {
        Code = ValidCode(code);
    }

    public void Deactivate()
    {
        IsActive = false;
    }

    public void Activate()
    {
        IsActive = true;
    }

    /// <summary>Adds a contact. Marking it primary takes the primary flag from the current primary contact.</summary>
    public Contact AddContact(string name, string? role = null, string? email = null, string? phone = null, bool isPrimary = false)
    {
        var values = ContactValues.Validate(name, role, email, phone, isPrimary);
        EnsureEmailFree(values.Email, except: null);
        if (values.IsPrimary)
        {
            PrimaryContact?.ClearPrimary();
        }

        var contact = new Contact(this, values);
        _contacts.Add(contact);
        return contact;
    }

    /// <summary>Changes a contact of this customer. Marking it primary takes the primary flag from the current primary contact.</summary>
    public void UpdateContact(Contact contact, string name, string? role, string? email, string? phone, bool isPrimary)
    {
        EnsureOwn(contact);
        var values = ContactValues.Validate(name, role, email, phone, isPrimary);
        EnsureEmailFree(values.Email, except: contact);
        if (values.IsPrimary)
        {
            var current = PrimaryContact;
            if (current is not null && !ReferenceEquals(current, contact))
            {
                current.ClearPrimary();
            }
        }

        contact.Apply(values);
    }

    public void RemoveContact(Contact contact)
    {
        EnsureOwn(contact);
        _contacts.Remove(contact);
    }

    /// <summary>
    /// True when two references name the same customer: the same saved id, or the same instance before saving
    /// (navigations that were not loaded are null).
    /// </summary>
    internal static bool Same(int idA, Customer? a, int idB, Customer? b)
    {
        return (idA != 0 && idA == idB) || (a is not null && ReferenceEquals(a, b));
    }

    private void SetDetails(string name, CustomerSegment segment, string country, string? industry, string? email, string? phone, string? notes)
    {
        var validName = Require.Text(name, "name", NameMaxLength);
        var validSegment = Require.Defined(segment, "segment");
        var validCountry = ContactDetails.Country(country, "country");
        var validIndustry = Require.OptionalText(industry, "industry", IndustryMaxLength);
        var validEmail = ContactDetails.OptionalEmail(email, "email");
        var validPhone = ContactDetails.OptionalPhone(phone, "phone");
        var validNotes = Require.OptionalText(notes, "notes", NotesMaxLength);

        Name = validName;
        Segment = validSegment;
        Country = validCountry;
        Industry = validIndustry;
        Email = validEmail;
        Phone = validPhone;
        Notes = validNotes;
    }

    private void EnsureOwn(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (!_contacts.Contains(contact))
        {
            throw new DomainValidationException("contactId", "The contact does not belong to this customer.");
        }
    }

    private void EnsureEmailFree(string? email, Contact? except)
    {
        if (email is not null && _contacts.Any(c => !ReferenceEquals(c, except) && string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainValidationException("email", $"Another contact of this customer already has the e-mail address {email}.");
        }
    }

    private static string ValidCode(string code)
    {
        var valid = Require.Text(code, "code", CodeMaxLength).ToUpperInvariant();
        if (!CodePattern().IsMatch(valid))
        {
            throw new DomainValidationException("code", "code may hold only letters, digits and dashes, starting with a letter or digit.");
        }

        return valid;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
