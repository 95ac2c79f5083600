using System.Globalization;

namespace CustomerComms.Domain.Common;

/// <summary>Argument checks that raise <see cref="DomainValidationException"/> naming the field.</summary>
public static class Require
{
    /// <summary>Trims and returns <paramref name="value"/>; refuses null, blank or longer than <paramref name="maxLength"/>.</summary>
    public static string Text(string? value, string field, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainValidationException(field, $"{field} is required.");
        }

        return MaxLength(value.Trim(), field, maxLength);
    }

    /// <summary>Trims and returns <paramref name="value"/>, or null when it is null or blank.</summary>
    public static string? OptionalText(string? value, string field, int maxLength = 200)
    {
        return string.IsNullOrWhiteSpace(value) ? null : MaxLength(value.Trim(), field, maxLength);
    }

    public static int InRange(int value, string field, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new DomainValidationException(
                field,
                string.Create(CultureInfo.InvariantCulture, $"{field} must be between {min} and {max}; got {value}."));
        }

        return value;
    }

    public static decimal InRange(decimal value, string field, decimal min, decimal max)
    {
        if (value < min || value > max)
        {
            throw new DomainValidationException(
                field,
                string.Create(CultureInfo.InvariantCulture, $"{field} must be between {min} and {max}; got {value}."));
        }

        return value;
    }

    public static int Positive(int value, string field)
    {
        if (value <= 0)
        {
            throw new DomainValidationException(
                field,
                string.Create(CultureInfo.InvariantCulture, $"{field} must be greater than zero; got {value}."));
        }

        return value;
    }

    /// <summary>Refuses enum values that are not defined members (e.g. a cast integer).</summary>
    public static TEnum Defined<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new DomainValidationException(field, $"{field} has no value {value}.");
        }

        return value;
    }

    /// <summary>Refuses a time that is not UTC; returns it unchanged.</summary>
    public static DateTime Utc(DateTime value, string field)
    {
        if (value.Kind != DateTimeKind.Utc)
        {
            throw new DomainValidationException(field, $"{field} must be given in UTC.");
        }

        return value;
    }

    /// <summary>Refuses <paramref name="later"/> when it is before <paramref name="earlier"/>.</summary>
    public static DateTime NotBefore(DateTime later, DateTime earlier, string field, string earlierName)
    {
        if (later < earlier)
        {
            throw new DomainValidationException(field, $"{field} cannot be before {earlierName}.");
        }

        return later;
    }

    private static string MaxLength(string value, string field, int maxLength)
    {
        if (value.Length > maxLength)
        {
            throw new DomainValidationException(
                field,
                string.Create(CultureInfo.InvariantCulture, $"{field} must be at most {maxLength} characters; got {value.Length}."));
        }

        return value;
    }
}
