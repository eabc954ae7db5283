using System.Buffers;
using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// A cue pattern with the characters of which each of its matches holds one (<see cref="RequiredCharacters"/>), or
/// null when none could be proven: a message with none of them is not scanned by the pattern at all.
/// </summary>
internal readonly record struct PrefilteredCue(Regex Pattern, CueKind Kind, SearchValues<char>? Needs)
{
    public static PrefilteredCue[] All((Regex Pattern, CueKind Kind)[] lexicon) =>
        [.. lexicon.Select(cue => new PrefilteredCue(cue.Pattern, cue.Kind, RequiredCharacters.Of(cue.Pattern)))];

    /// <summary>False only when <paramref name="text"/> holds none of the characters every match needs.</summary>
    public static bool MayMatch(SearchValues<char>? needs, string text) => needs is null || text.AsSpan().ContainsAny(needs);
}
