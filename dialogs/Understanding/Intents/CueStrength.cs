namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>How much a cue, read in its context, says about what is happening now.</summary>
internal enum CueStrength
{
    /// <summary>A report of it happening now: the cue raises the class and is shown as its evidence.</summary>
    Firm,

    /// <summary>
    /// Inside a question about the estate or about someone in particular ("家里好大一股煤气味，怎么办啊", "我妈摔倒了爬不起来，
    /// 能不能先派人过去"): a report phrased as a question. The cue raises the class and counts as its evidence, as a firm
    /// one does (the ticket opens at once); it only ranks below a firm cue of the same kind when both are found.
    /// </summary>
    Tentative,

    /// <summary>
    /// Inside a general question with nobody and nothing of the estate named ("骨折了怎么办"): no class is raised; the
    /// dialogs ask with one tap whether someone needs help now.
    /// </summary>
    Topic,
}
