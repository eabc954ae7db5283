namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>How the classifier reads a repair the owner reports as already made.</summary>
public sealed partial class IntentClassifier
{
    /// <summary>The classes that send someone to repair something at home or in the common parts.</summary>
    private static bool IsRepair(string intent) => intent is IntentCode.RepairUrgent or IntentCode.RepairSimple or IntentCode.RepairGeneral
        or IntentCode.PublicUrgent or IntentCode.PublicGeneral;

    /// <summary>
    /// A put-right report that only tells is small talk; one that asks a price is <c>inquiry.fee</c>; one that asks
    /// something else is the likeliest question (general, outside services, a ticket's progress).
    /// </summary>
    private (int Top, string Intent, double Confidence) AfterPutRight(PutRightAsk asks, ReadOnlySpan<float> p)
    {
        var intent = asks switch
        {
            PutRightAsk.Price => IntentCode.InquiryFee,
            PutRightAsk.Question => _labels[ArgMax(p, -1, static code => code is not (IntentCode.InquiryGeneral or IntentCode.InquiryExternal or IntentCode.TicketStatus))],
            _ => IntentCode.Smalltalk,
        };
        var top = IndexOf(intent);
        return (top, intent, Math.Max(p[top], ClarifyBelow));
    }
}
