namespace CustomerComms.Api.GraphQL.Analysis.Stored;

/// <summary>The length of the periods stored data is aggregated into.</summary>
internal enum AnalysisPeriod
{
    /// <summary>ISO weeks, Monday to Sunday.</summary>
    Week,

    /// <summary>Calendar months.</summary>
    Month,

    /// <summary>Calendar quarters starting in January, April, July and October.</summary>
    Quarter,
}
