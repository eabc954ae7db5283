using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// "如果家里闻到煤气味怎么办？" answered, then "其实我现在厨房就有一点点这个味道": the owner now smells what the last question
/// asked about. The message is read again with the smell named ("…一点点煤气味"), so a smell that is danger opens at once.
/// </summary>
public static partial class SmellAskedAbout
{
    /// <summary>The message with "这个味道" replaced by the smell the last remembered question named, or null.</summary>
    public static string? Named(ConversationData conversation, string normalized)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.RecentAnswers.Count == 0 || string.IsNullOrEmpty(normalized) || ThisSmell().Match(normalized) is not { Success: true } referred)
        {
            return null;
        }

        return NamedSmell().Match(conversation.RecentAnswers[^1].Question) is { Success: true } smell
            ? string.Concat(normalized.AsSpan(0, referred.Index), smell.Value, normalized.AsSpan(referred.Index + referred.Length))
            : null;
    }

    [GeneratedRegex("(这个|这种|那个|那种|这股|那股|这|那)(味道|味儿|气味|味)")]
    private static partial Regex ThisSmell();

    [GeneratedRegex("(煤气|燃气|天然气|瓦斯|液化气|石油气|烧焦|焦糊|糊|电线烧焦|塑料烧焦|烟)(的)?(味道|气味|味)")]
    private static partial Regex NamedSmell();
}
