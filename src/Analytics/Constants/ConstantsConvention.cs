namespace CustomerComms.Analytics.Constants;

/// <summary>Which values of the range constants d2 and d3 a chart uses.</summary>
public enum ConstantsConvention
{
    /// <summary>d2 and d3 from first principles to 15 significant digits (d2(2) = 2/√π = 1.1283792).</summary>
    Exact,

    /// <summary>
    /// d2 rounded to three decimals as in the printed tables (d2(2) = 1.128) with d3 to seven decimals,
    /// as used by R's qcc package; limits then agree with textbook worked examples to their printed digits.
    /// </summary>
    ThreeDecimalTable,
}
