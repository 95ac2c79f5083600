namespace CustomerComms.Domain.Communications;

public enum CommunicationChannel
{
    Email,
    Phone,
    Meeting,
    VideoCall,
    Letter,
    Portal,
    Chat,
    Visit,
    SocialMedia,
    Other,
}
