using System.Globalization;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Domain.DemoData;

public sealed partial class DemoDataGenerator
{
    private const int CustomerCount = 150;

    private async Task GenerateCustomersAsync(CancellationToken cancellationToken)
    {
        var segments = new (CustomerSegment, double)[]
        {
            (CustomerSegment.Enterprise, 2), (CustomerSegment.MidMarket, 4), (CustomerSegment.SmallBusiness, 4),
            (CustomerSegment.PublicSector, 1), (CustomerSegment.Distributor, 2), (CustomerSegment.Consumer, 1),
        };
        for (var i = 1; i <= CustomerCount; i++)
        {
            var stem = DemoVocabulary.CompanyStems[(i - 1) % DemoVocabulary.CompanyStems.Length];
            var suffix = DemoVocabulary.CompanySuffixes[((i - 1) / DemoVocabulary.CompanyStems.Length) % DemoVocabulary.CompanySuffixes.Length];
            var domain = string.Create(CultureInfo.InvariantCulture, $"{stem.ToLowerInvariant()}-{suffix.ToLowerInvariant()}.example");
            var customer = new Customer(
                string.Create(CultureInfo.InvariantCulture, $"C-{i:D5}"),
                $"{stem} {suffix}",
                PickWeighted(segments),
                Pick(DemoVocabulary.Countries),
                Pick(DemoVocabulary.Industries),
                email: $"info@{domain}",
                phone: string.Create(CultureInfo.InvariantCulture, $"+49 30 {_random.Next(1000000, 9999999)}"));

            var contacts = 1 + _random.Next(3);
            for (var c = 0; c < contacts; c++)
            {
                var first = Pick(DemoVocabulary.FirstNames);
                var last = Pick(DemoVocabulary.LastNames);
                var email = string.Create(CultureInfo.InvariantCulture, $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{c}@{domain}");
                customer.AddContact($"{first} {last}", Pick(DemoVocabulary.ContactRoles), email, phone: null, isPrimary: c == 0);
            }

            if (i % 37 == 0)
            {
                customer.Deactivate();
            }

            _context.Add(customer);
            _summary.Add("customers", 1);
            _summary.Add("contacts", contacts);
            _customers.Add(customer);
        }

        await FlushAsync(cancellationToken);
    }
}
