using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Root;

/// <summary>
/// "南门进来那条路", "保安亭过去一点，左手边", then "有个井盖没了": an owner who says where before saying what. With no dialog
/// open, a message that is nothing but a public place is kept on the conversation and the owner is asked what is there;
/// more place-only messages add to it; the next message that tells of a fault or a danger, naming no place of its own,
/// is read with it (so the request finds its place); anything else lets it go.
/// </summary>
internal static partial class PlaceBeforeTheMatter
{
    /// <summary>Longer than this, a message is more than a place.</summary>
    private const int MaxPlaceOnly = 24;

    /// <summary>
    /// A matter told after the place, naming no place of its own, for a request that may be in a public place: the request
    /// reads its words with the place before them.
    /// </summary>
    public static void JoinToTheMatter(TurnContext turn, MessageReading reading)
    {
        if (turn.Conversation.PlaceSoFar is not { } said || PlaceOnly(turn.NormalizedText, alreadySaid: true) is not null)
        {
            return;
        }

        turn.Conversation.PlaceSoFar = null;
        var text = turn.NormalizedText;
        if (IntentProfiles.For(reading.Intent) is { OpensTicket: true, Place: PlaceNeed.Public or PlaceNeed.Any } && PublicPlaceReader.Find(text) is null)
        {
            turn.NormalizedText = $"{said}，{text}";
        }
    }

    /// <summary>The reply to a message that is only a place (kept until the matter comes), or null.</summary>
    public static string? TryTake(TurnContext turn, MessageReading reading)
    {
        var said = turn.Conversation.PlaceSoFar;
        if (reading.Cue is not null || reading.IsOnlyAct || (said is null && (reading.OutOfDomain || Asks(reading.Intent)))
            || PlaceOnly(turn.NormalizedText, alreadySaid: said is not null) is not { } words)
        {
            return null;
        }

        turn.Conversation.PlaceSoFar = said is null ? words : $"{said}，{words}";
        return $"好的，{turn.Conversation.PlaceSoFar}。请问那里是什么情况？直接告诉我就行，例如“路灯不亮”“地上有积水”。";
    }

    /// <summary>A question, a status check or an errand is no place said before a matter.</summary>
    private static bool Asks(string intent) =>
        intent is IntentCode.InquiryFee or IntentCode.InquiryGeneral or IntentCode.InquiryExternal or IntentCode.TicketStatus or IntentCode.ServiceConcierge;

    /// <summary>
    /// The place a short message is made of, or null: a public area and nothing else ("南门进来那条路", "3栋2单元楼道"); once
    /// one is said, further directions against a landmark too ("保安亭过去一点，左手边") — never a fault, a danger, a question or a flat's number.
    /// </summary>
    private static string? PlaceOnly(string normalized, bool alreadySaid)
    {
        var text = normalized.Trim();
        if (text.Length is 0 or > MaxPlaceOnly || QuestionOrNumber().IsMatch(text)
            || CueContext.NamesAFault(text) || SafetyCues.Find(text) is not null)
        {
            return null;
        }

        if (alreadySaid)
        {
            return Position().IsMatch(text) && PublicPlaceReader.FromAnswer(text) is { Room: null, Location: not null } ? text.TrimEnd('。', '.', '！', '!') : null;
        }

        var core = Filler().Replace(text, "");
        return PublicPlaceReader.Find(text) is { Room: null, Location: { } location } && PublicPlaceReader.NamesAnArea(location)
            && location.Length >= core.Length - 2 ? location : null;
    }

    /// <summary>Words that place something against a landmark: 旁边, 过去一点, 左手边, 对面, 靠…那边.</summary>
    [GeneratedRegex("旁边|边上|附近|过去|过来|左手|右手|左边|右边|对面|前面|后面|拐角|转角|那边|这边|进来|出去|往里|靠近|靠着|中间|尽头|一侧")]
    private static partial Regex Position();

    [GeneratedRegex(@"[?？吗呢哪啥]|什么|怎么|多少|\d{3,4}")]
    private static partial Regex QuestionOrNumber();

    [GeneratedRegex(@"[\s，,。.！!～~]|^(就是|就在|我在|是|在|那个)")]
    private static partial Regex Filler();
}
