using System.Text.RegularExpressions;
using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Customers;

/// <summary>Checks for the ways a customer can be reached: e-mail address, phone number, country code.</summary>
internal static partial class ContactDetails
{
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 40;

    public static string? OptionalEmail(string? value, string field)
    {
        var email = Require.OptionalText(value, field, EmailMaxLength);
        if (email is not null && !EmailPattern().IsMatch(email))
        {
            throw new DomainValidationException(field, $"{field} is not an e-mail address.");
        }

        return email;
    }

    public static string? OptionalPhone(string? value, string field)
    {
        var phone = Require.OptionalText(value, field, PhoneMaxLength);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            throw new DomainValidationException(field, $"{field} may hold only digits, spaces and + ( ) - . /, with at least 5 digits.");
        }

        return phone;
    }

    /// <summary>An ISO 3166-1 alpha-2 code, returned in upper case.</summary>
    public static string Country(string? value, string field)
    {
        var country = Require.Text(value, field, 2).ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            throw new DomainValidationException(field, $"{field} must be a two-letter ISO 3166 country code.");
        }

        return country;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 ()\-./]*([0-9][ ()\-./]*){5,}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
