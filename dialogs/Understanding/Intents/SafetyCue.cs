namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>One explicit cue found in a message.</summary>
/// <param name="Kind">The class it demands.</param>
/// <param name="Text">The words that raised it.</param>
/// <param name="Index">Where they start in the normalised message.</param>
/// <param name="Tentative">
/// True when the cue sits in a how-to question without urgency ("骨折了怎么办"): it still raises the class, so a
/// person in danger is never slowed, but the dialogs confirm with one tap before dispatching.
/// </param>
internal readonly record struct SafetyCue(CueKind Kind, string Text, int Index, bool Tentative = false);
