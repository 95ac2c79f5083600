namespace CustomerComms.Domain.Property;

public enum PropertyKind
{
    Material,
    Component,
    Tooling,
    Equipment,
    Packaging,
    IntellectualProperty,
    PersonalData,
    Documentation,
    Other,
}
