using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Something soaked on purpose (round 97): "空气凤梨怎么泡水", "果皮泡水做酵素肥会臭吗", "烟头泡水杀虫有用吗" — 泡水 as a thing
/// one does, asked how or for what, not a home or a car park under water.
/// </summary>
internal static partial class CueContext
{
    /// <summary>True when the cue at <paramref name="index"/> is 泡水 done on purpose.</summary>
    private static bool SoakedOnPurpose(string text, int index, int length) =>
        text.AsSpan(index, length).Contains("泡水", StringComparison.Ordinal) && SoakingAsked().IsMatch(text);

    [GeneratedRegex("(怎么|如何|要不要|能不能|可以)泡水|泡水(做|沤|发酵|杀虫|浇|喝|多久|几天|几个小时|有用|好不好)")]
    private static partial Regex SoakingAsked();
}
