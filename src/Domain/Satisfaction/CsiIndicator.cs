using System.Globalization;
using System.Text.RegularExpressions;
using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Satisfaction;

/// <summary>
/// A customer satisfaction indicator (ISO 9001 §9.1.2): what is measured, in which unit, which way is better,
/// the target and the amber and red thresholds, how often it is measured and by whom, with its measurements.
/// </summary>
/// <remarks>
/// Thresholds mark where a value stops being in the better band. For higher-is-better:
/// value ≥ amber threshold is Met, red threshold ≤ value &lt; amber threshold is AtRisk, value &lt; red threshold is
/// Missed; the order target ≥ amber ≥ red is enforced. Lower-is-better mirrors it (target ≤ amber ≤ red).
/// With the amber threshold equal to the target, Met means exactly "target reached".
/// </remarks>
public sealed partial class CsiIndicator : Entity
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 200;
    public const int DefinitionMaxLength = 4000;
    public const int UnitMaxLength = 40;
    public const int OwnerMaxLength = 200;
    public const int DataSourceMaxLength = 400;

    private readonly List<CsiMeasurement> _measurements = [];

    private CsiIndicator()
    {
    }

    /// <param name="code">Unique short code: letters, digits, dashes, dots and underscores; stored in upper case.</param>
    public CsiIndicator(
        string code,
        string name,
        string definition,
        string unit,
        IndicatorDirection direction,
        double target,
        double amberThreshold,
        double redThreshold,
        MeasurementFrequency frequency,
        string owner,
        string dataSource)
    {
        var validCode = ValidCode(code);
        var validName = Require.Text(name, "name", NameMaxLength);
        var validDefinition = Require.Text(definition, "definition", DefinitionMaxLength);
        var validUnit = Require.Text(unit, "unit", UnitMaxLength);
        var validFrequency = Require.Defined(frequency, "frequency");
        var validOwner = Require.Text(owner, "owner", OwnerMaxLength);
        var validSource = Require.Text(dataSource, "dataSource", DataSourceMaxLength);
        ValidateTargets(direction, target, amberThreshold, redThreshold);

        Code = validCode;
        Name = validName;
        Definition = validDefinition;
        Unit = validUnit;
        Frequency = validFrequency;
        Owner = validOwner;
        DataSource = validSource;
        Direction = direction;
        Target = target;
        AmberThreshold = amberThreshold;
        RedThreshold = redThreshold;
        IsActive = true;
    }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>How the value is obtained, precisely enough to reproduce it.</summary>
    public string Definition { get; private set; } = "";

    /// <summary>e.g. <c>%</c>, <c>points</c>, <c>hours</c>.</summary>
    public string Unit { get; private set; } = "";

    public IndicatorDirection Direction { get; private set; }

    public double Target { get; private set; }

    /// <summary>The worst value still Met; beyond it the indicator is AtRisk.</summary>
    public double AmberThreshold { get; private set; }

    /// <summary>The worst value still AtRisk; beyond it the indicator is Missed.</summary>
    public double RedThreshold { get; private set; }

    public MeasurementFrequency Frequency { get; private set; }

    public string Owner { get; private set; } = "";

    public string DataSource { get; private set; } = "";

    /// <summary>Inactive indicators keep their measurements but are no longer reported on.</summary>
    public bool IsActive { get; private set; }

    /// <summary>The measurements loaded with the indicator, in the order they were recorded.</summary>
    public IReadOnlyList<CsiMeasurement> Measurements => _measurements;

    /// <summary>Met, AtRisk or Missed for <paramref name="value"/> against the thresholds (see the type's remarks).</summary>
    public TargetStatus Classify(double value)
    {
        var finite = Finite(value, "value");
        if (!IsWorse(finite, AmberThreshold))
        {
            return TargetStatus.Met;
        }

        return IsWorse(finite, RedThreshold) ? TargetStatus.Missed : TargetStatus.AtRisk;
    }

    /// <summary>True when <paramref name="value"/> is at or better than <see cref="Target"/>.</summary>
    public bool MeetsTarget(double value)
    {
        return !IsWorse(Finite(value, "value"), Target);
    }

    public void UpdateDetails(string name, string definition, string unit, MeasurementFrequency frequency, string owner, string dataSource)
    {
        var validName = Require.Text(name, "name", NameMaxLength);
        var validDefinition = Require.Text(definition, "definition", DefinitionMaxLength);
        var validUnit = Require.Text(unit, "unit", UnitMaxLength);
        var validFrequency = Require.Defined(frequency, "frequency");
        var validOwner = Require.Text(owner, "owner", OwnerMaxLength);
        var validSource = Require.Text(dataSource, "dataSource", DataSourceMaxLength);
        Name = validName;
        Definition = validDefinition;
        Unit = validUnit;
        Frequency = validFrequency;
        Owner = validOwner;
        DataSource = validSource;
    }

    /// <summary>Sets direction, target and thresholds together, so they are always consistent.</summary>
    public void SetTargets(IndicatorDirection direction, double target, double amberThreshold, double redThreshold)
    {
        ValidateTargets(direction, target, amberThreshold, redThreshold);
        Direction = direction;
        Target = target;
        AmberThreshold = amberThreshold;
        RedThreshold = redThreshold;
    }

    public void Deactivate()
    {
        IsActive = false;
    }

    public void Activate()
    {
        IsActive = true;
    }

    /// <summary>
    /// Records the value for one period. A period that overlaps one already measured is refused; the check covers
    /// the loaded <see cref="Measurements"/>, and a unique index on (indicator, period start) backs it in the database.
    /// </summary>
    public CsiMeasurement RecordMeasurement(DateOnly periodStart, DateOnly periodEnd, double value, int? sampleSize = null, string? note = null)
    {
        if (periodEnd < periodStart)
        {
            throw new DomainValidationException("periodEnd", "periodEnd cannot be before periodStart.");
        }

        var validValue = Finite(value, "value");
        if (sampleSize is int n)
        {
            Require.Positive(n, "sampleSize");
        }

        var validNote = Require.OptionalText(note, "note", CsiMeasurement.NoteMaxLength);
        var clash = _measurements.FirstOrDefault(m => m.Overlaps(periodStart, periodEnd));
        if (clash is not null)
        {
            throw new DomainValidationException(
                "periodStart",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Code} already has a measurement for {clash.PeriodStart:yyyy-MM-dd} to {clash.PeriodEnd:yyyy-MM-dd}; one measurement per period."));
        }

        var measurement = new CsiMeasurement(periodStart, periodEnd, validValue, sampleSize, validNote);
        _measurements.Add(measurement);
        return measurement;
    }

    private bool IsWorse(double value, double limit)
    {
        return Direction == IndicatorDirection.HigherIsBetter ? value < limit : value > limit;
    }

    private static void ValidateTargets(IndicatorDirection direction, double target, double amberThreshold, double redThreshold)
    {
        Require.Defined(direction, "direction");
        Finite(target, "target");
        Finite(amberThreshold, "amberThreshold");
        Finite(redThreshold, "redThreshold");
        var higher = direction == IndicatorDirection.HigherIsBetter;
        if (higher ? amberThreshold > target : amberThreshold < target)
        {
            throw new DomainValidationException(
                "amberThreshold",
                $"When {(higher ? "higher" : "lower")} is better the amber threshold cannot be {(higher ? "above" : "below")} the target.");
        }

        if (higher ? redThreshold > amberThreshold : redThreshold < amberThreshold)
        {
            throw new DomainValidationException(
                "redThreshold",
                $"When {(higher ? "higher" : "lower")} is better the red threshold cannot be {(higher ? "above" : "below")} the amber threshold.");
        }
    }

    private static double Finite(double value, string field)
    {
        if (!double.IsFinite(value))
        {
            throw new DomainValidationException(field, $"{field} must be a finite number.");
        }

        return value;
    }

    private static string ValidCode(string code)
    {
        var valid = Require.Text(code, "code", CodeMaxLength).ToUpperInvariant();
        if (!CodePattern().IsMatch(valid))
        {
            throw new DomainValidationException("code", "code may contain only letters, digits, dashes, dots and underscores.");
        }

        return valid;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
