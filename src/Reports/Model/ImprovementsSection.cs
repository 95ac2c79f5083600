namespace CustomerComms.Reports.Model;

/// <summary>f) Opportunities for improvement, derived from the signals and trends of the other sections.</summary>
public sealed record ImprovementsSection(IReadOnlyList<Improvement> Opportunities);

/// <summary>One opportunity, pointing to the evidence that suggests it.</summary>
/// <param name="Section">The §9.3.2 input holding the evidence, e.g. "c1".</param>
/// <param name="Anchor">The HTML anchor of the evidence, e.g. "c1-csi-NPS".</param>
public sealed record Improvement(string Section, string Anchor, string Opportunity, string Evidence);
