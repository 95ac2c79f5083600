namespace CustomerComms.Domain.DemoData;

/// <summary>Words the demo data is made of.</summary>
internal static class DemoVocabulary
{
    public static readonly string[] CompanyStems =
    [
        "Alder", "Beacon", "Cobalt", "Delta", "Elm", "Falcon", "Granite", "Harbor", "Iris", "Juniper",
        "Keystone", "Lumen", "Meridian", "Northwind", "Orchid", "Pioneer", "Quartz", "Riverside", "Summit", "Tidewater",
        "Union", "Vertex", "Willow", "Yarrow", "Zenith", "Atlas", "Bluefin", "Cedar", "Dawn", "Ember",
    ];

    public static readonly string[] CompanySuffixes =
    [
        "Industries", "Logistics", "Foods", "Medical", "Systems", "Retail", "Engineering", "Health", "Motors", "Energy",
    ];

    public static readonly string[] Industries =
    [
        "Automotive", "Food and beverage", "Healthcare", "Retail", "Energy", "Logistics", "Construction", "Electronics",
    ];

    public static readonly string[] Countries = ["DE", "FR", "NL", "GB", "IT", "ES", "SE", "PL", "AT", "US"];

    public static readonly string[] FirstNames =
    [
        "Anna", "Ben", "Clara", "David", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas",
        "Katrin", "Lars", "Maria", "Niklas", "Olivia", "Paul", "Rosa", "Stefan", "Tara", "Victor",
    ];

    public static readonly string[] LastNames =
    [
        "Andersen", "Becker", "Costa", "Dubois", "Eriksson", "Fischer", "Garcia", "Hansen", "Jansen", "Kowalski",
        "Larsen", "Moreau", "Novak", "Olsen", "Peters", "Rossi", "Schmidt", "Torres", "Weber", "Young",
    ];

    public static readonly string[] ContactRoles = ["Purchasing", "Quality", "Logistics", "Engineering", "Finance", "Management"];

    public static readonly string[] Staff =
    [
        "S. Keller", "M. Brandt", "L. Novak", "J. Ortega", "P. Lindqvist", "A. Moreau", "R. Hale", "T. Okafor",
    ];

    public static readonly string[] Products =
    [
        "Valve V200", "Valve V300", "Pump P15", "Pump P40", "Sensor S7", "Controller C2", "Filter F90", "Seal kit K3",
    ];

    public static readonly string[] Services = ["Installation", "Calibration", "Maintenance contract", "Training", "Spare parts supply"];
}
