namespace CustomerComms.Domain.Satisfaction;

public enum QuestionType
{
    /// <summary>Net Promoter Score: likelihood to recommend, 0–10.</summary>
    Nps,

    /// <summary>Customer satisfaction, 1–5.</summary>
    Csat,

    /// <summary>Customer effort score, 1–7.</summary>
    Ces,

    FreeText,
}
