namespace CustomerComms.Domain.CorrectiveActions;

/// <summary>The technique used to find the root cause.</summary>
public enum CauseAnalysisMethod
{
    FiveWhys,
    Ishikawa,
    FaultTree,
    EightD,
    Pareto,
    Other,
}
