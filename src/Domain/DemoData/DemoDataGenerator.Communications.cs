using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Domain.DemoData;

public sealed partial class DemoDataGenerator
{
    private static readonly (CommunicationKind Kind, double Weight)[] KindWeights =
    [
        (CommunicationKind.ProductInformation, 14), (CommunicationKind.Inquiry, 22), (CommunicationKind.Order, 20),
        (CommunicationKind.OrderChange, 8), (CommunicationKind.ContractReview, 4), (CommunicationKind.Feedback, 10),
        (CommunicationKind.Compliment, 4), (CommunicationKind.SurveyResponse, 6), (CommunicationKind.CustomerProperty, 2),
        (CommunicationKind.Contingency, 1),
    ];

    private double[] _customerActivity = [];

    /// <summary>General correspondence; complaint correspondence is written with the complaints.</summary>
    private async Task GenerateCommunicationsAsync(CancellationToken cancellationToken)
    {
        // A few customers account for most of the traffic, as in real order books.
        _customerActivity = new double[_customers.Count];
        var running = 0.0;
        for (var i = 0; i < _customers.Count; i++)
        {
            running += 1.0 / Math.Pow(i + 1, 0.8);
            _customerActivity[i] = running;
        }

        var count = (DemoDataOptions.CommunicationsPerScale - ComplaintCorrespondencePerScale) * _options.Scale;
        for (var i = 0; i < count; i++)
        {
            Add(NewCommunication(PickCustomer()), "communications");
            await FlushWhenFullAsync(cancellationToken);
        }

        await FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Maps a uniform draw to a point in [0, 1] whose density rises linearly by 40 % from start to end
    /// (the inverse of the distribution function), so that traffic grows over the years.
    /// </summary>
    private static double GrowingShare(double uniform)
    {
        const double Growth = 0.4;
        return (-1.0 + Math.Sqrt(1.0 + (2.0 * Growth * uniform * (1.0 + (Growth / 2.0))))) / Growth;
    }

    private Customer PickCustomer()
    {
        var draw = _random.NextDouble() * _customerActivity[^1];
        var index = Array.BinarySearch(_customerActivity, draw);
        return _customers[index < 0 ? ~index : index];
    }

    private Communication NewCommunication(Customer customer)
    {
        var kind = PickWeighted(KindWeights);
        var occurredAt = OfficeTimeOn(_from + ((_until - _from) * GrowingShare(_random.NextDouble())));
        var direction = kind switch
        {
            CommunicationKind.ProductInformation or CommunicationKind.ContractReview => CommunicationDirection.Outbound,
            CommunicationKind.Contingency => Chance(0.5) ? CommunicationDirection.Outbound : CommunicationDirection.Inbound,
            _ => Chance(0.85) ? CommunicationDirection.Inbound : CommunicationDirection.Outbound,
        };
        var channel = PickWeighted<CommunicationChannel>(kind switch
        {
            CommunicationKind.Order or CommunicationKind.OrderChange =>
                [(CommunicationChannel.Portal, 5), (CommunicationChannel.Email, 4), (CommunicationChannel.Phone, 1)],
            CommunicationKind.ContractReview =>
                [(CommunicationChannel.Meeting, 3), (CommunicationChannel.VideoCall, 3), (CommunicationChannel.Email, 2)],
            CommunicationKind.SurveyResponse => [(CommunicationChannel.Portal, 1)],
            _ => [(CommunicationChannel.Email, 6), (CommunicationChannel.Phone, 3), (CommunicationChannel.Chat, 1), (CommunicationChannel.Visit, 0.5)],
        });
        var product = Chance(0.8) ? Pick(DemoVocabulary.Products) : Pick(DemoVocabulary.Services);
        var subject = kind switch
        {
            CommunicationKind.ProductInformation => $"Updated datasheet for {product}",
            CommunicationKind.Inquiry => $"Question about {product}",
            CommunicationKind.Order => $"Order for {product}",
            CommunicationKind.OrderChange => $"Change of delivery date for {product}",
            CommunicationKind.ContractReview => $"Contract review: {product} framework agreement",
            CommunicationKind.Feedback => $"Feedback on {product}",
            CommunicationKind.Compliment => $"Thanks for the quick support on {product}",
            CommunicationKind.SurveyResponse => "Satisfaction survey response",
            CommunicationKind.CustomerProperty => "Tooling sent for the next batch",
            _ => "Alternative supply during plant shutdown",
        };
        var contact = customer.Contacts.Count > 0 && Chance(0.8) ? Pick(customer.Contacts) : null;
        var needsAnswer = direction == CommunicationDirection.Inbound
            && kind is CommunicationKind.Inquiry or CommunicationKind.Order or CommunicationKind.OrderChange or CommunicationKind.Feedback;
        DateTime? responseDue = needsAnswer ? occurredAt.AddDays(kind == CommunicationKind.Inquiry ? 2 : 3) : null;

        if (kind == CommunicationKind.Order)
        {
            _monthly.CountOrder(occurredAt);
        }

        var communication = new Communication(
            customer, kind, direction, channel, subject, $"{subject}. Reference {product}.", occurredAt,
            Pick(DemoVocabulary.Staff), contact, responseDue);

        if (needsAnswer)
        {
            var respondedAt = After(occurredAt, TimeSpan.FromHours(20));
            // Recent ones may still be open; a few of them past their due time.
            if (respondedAt < _until.AddDays(-1) || Chance(0.3))
            {
                communication.RecordResponse(respondedAt, "Answered by e-mail.");
            }
        }

        return communication;
    }
}
