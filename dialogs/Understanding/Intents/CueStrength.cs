namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>How much a cue, read in its context, says about what is happening now.</summary>
internal enum CueStrength
{
    /// <summary>A report of it happening now: the cue raises the class and is shown as its evidence.</summary>
    Firm,

    /// <summary>
    /// Inside a question about the estate or about someone in particular ("我妈摔倒了爬不起来，能不能先派人过去"): the
    /// cue raises the class, so nobody is slowed, but the dialogs confirm with one tap before dispatching.
    /// </summary>
    Tentative,

    /// <summary>
    /// Inside a general question with nobody and nothing of the estate named ("骨折了怎么办"): no class is raised; the
    /// dialogs ask with one tap whether someone needs help now.
    /// </summary>
    Topic,
}
