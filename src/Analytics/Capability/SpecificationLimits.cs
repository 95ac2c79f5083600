namespace CustomerComms.Analytics.Capability;

/// <summary>Specification limits in the units of the measurement; at least one limit is required.</summary>
/// <param name="Lower">Lower specification limit (LSL), or null for an upper-only specification.</param>
/// <param name="Upper">Upper specification limit (USL), or null for a lower-only specification.</param>
/// <param name="Target">Target value T for Cpm; null means the midpoint of LSL and USL.</param>
public sealed record SpecificationLimits(double? Lower, double? Upper, double? Target = null);
