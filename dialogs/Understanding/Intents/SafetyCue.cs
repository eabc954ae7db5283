namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>One explicit cue found in a message.</summary>
internal readonly record struct SafetyCue(CueKind Kind, string Text, int Index);
