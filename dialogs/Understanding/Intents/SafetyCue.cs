namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>One explicit cue found in a message.</summary>
/// <param name="Kind">The class it demands.</param>
/// <param name="Text">The words that raised it.</param>
/// <param name="Index">Where they start in the normalised message.</param>
/// <param name="Strength">What its context says about it happening now (<see cref="CueStrength"/>).</param>
internal readonly record struct SafetyCue(CueKind Kind, string Text, int Index, CueStrength Strength = CueStrength.Firm)
{
    public bool Tentative => Strength != CueStrength.Firm;
}
