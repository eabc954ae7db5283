namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>What a message that reports its problem as already put right still asks.</summary>
internal enum PutRightAsk
{
    /// <summary>Not put right, or something is still wrong, or someone is asked to come.</summary>
    NotPutRight,

    /// <summary>It only tells (small talk).</summary>
    Nothing,

    /// <summary>It asks a price (inquiry.fee).</summary>
    Price,

    /// <summary>It asks something else (the likeliest question class).</summary>
    Question,
}
