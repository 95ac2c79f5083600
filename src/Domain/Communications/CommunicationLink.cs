using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Communications;

/// <summary>A reference from a communication to a related record. Created through <see cref="Communication.AddLink"/>.</summary>
public sealed class CommunicationLink : Entity
{
    public const int NoteMaxLength = 400;

    private CommunicationLink()
    {
    }

    internal CommunicationLink(Communication communication, LinkTargetType targetType, int targetId, string? note)
    {
        Communication = communication;
        CommunicationId = communication.Id;
        TargetType = targetType;
        TargetId = targetId;
        Note = note;
    }

    public int CommunicationId { get; private set; }

    public Communication Communication { get; private set; } = null!;

    public LinkTargetType TargetType { get; private set; }

    /// <summary>The id of the linked record in the table of <see cref="TargetType"/>.</summary>
    public int TargetId { get; private set; }

    public string? Note { get; private set; }
}
