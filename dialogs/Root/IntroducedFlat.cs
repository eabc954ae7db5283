using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Binding;
using ConciergeBot.Dialogs.Requests.Slots;
using ConciergeBot.Dialogs.Requests.Steps;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Root;

/// <summary>
/// "你好，我是5栋1单元1803的业主" then "2564": an owner who introduced themselves sends the last four digits of the
/// registered mobile before being asked. They are taken as the binding for the flat they named.
/// </summary>
internal static partial class IntroducedFlat
{
    public static async Task<bool> TryBindAsync(TurnContext turn, EstateRegister register, IBindingGuard guard, IMessageClassifier classifier, CancellationToken cancellationToken)
    {
        if (turn.User.BoundRoom is not null)
        {
            return false;
        }

        // "Madam phone last 4 number is 5766" after asking the fee of "1栋2单元1602": digits called the last four, sent
        // unasked, verify the flat just named when the writer stated none of their own (a helper, a relative).
        var text = turn.NormalizedText.Trim();
        var alone = LastFour().Match(text);
        var called = alone.Success ? null : LastFourCalledSo().Match(text);
        var said = alone.Success ? alone.Groups[1].Value : called is { Success: true } ? called.Groups["d"].Value : null;
        // (At the "which one?" menu the flat and digits go on with the request instead.)
        if (said is null && turn.Conversation.Dialogs.Stack.Count == 0 && turn.User.StatedRoom is not null && !AsksOrReports().IsMatch(text) && DigitsCalledSo().Match(text) is { Success: true } introduced
            && !ReportsBesideTheFlat(text, classifier, turn.Now))
        {
            // "Hello, 我是4栋2单元2201的业主, 房子rent出去了, 我自己不住小区. 尾号9212": who is writing and the digits, nothing asked
            // or reported yet — an introduction, bound before anything is asked.
            said = introduced.Groups["d"].Value;
        }

        var flat = turn.User.StatedRoom ?? (called is { Success: true } ? turn.Conversation.LastRoomNamed : null);
        if (said is null || flat is null || !BindingStep.CanBind(register, flat))
        {
            return false;
        }

        var bound = await BindingStep.BindAsync(turn, register, guard, flat, said, cancellationToken);
        if (turn.Conversation.Dialogs.Stack.Count == 0)
        {
            await turn.SendActivityAsync(bound is null ? "不影响办理，请问有什么可以帮您？" : "请问有什么可以帮您？", cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// "I'm in building 2, unit 2, room 1602", "我是租户，租的9栋2单元502": any message that says which flat is the
    /// writer's own — a request or a question too — keeps it as the flat they stated, until a binding verifies it.
    /// </summary>
    public static void Remember(TurnContext turn, MessageReading reading, IMessageClassifier classifier, EstateRegister register)
    {
        if (turn.User.BoundRoom is not null || reading.OutOfDomain)
        {
            return;
        }

        var text = FlatReader.WithChineseAddresses(turn.NormalizedText);
        var entities = text == turn.NormalizedText ? reading.Entities : classifier.Read(text, turn.Now).Entities;
        if (OwnFlatIn(text, entities, register, unknownRoleIsOwn: false) is { } key)
        {
            turn.User.StatedRoom = key;
        }
    }

    /// <summary>
    /// The register key of the flat a message says is the writer's own (我是/我住/I'm in …), or — with
    /// <paramref name="unknownRoleIsOwn"/> — of any complete flat it names that is not another household's.
    /// </summary>
    public static string? OwnFlatIn(string text, IReadOnlyList<Understanding.Entities.RecognizedEntity> entities, EstateRegister register, bool unknownRoleIsOwn) =>
        FlatReader.Read(text, entities).FirstOrDefault(f => f.IsComplete && (f.Role == FlatRole.Self || (unknownRoleIsOwn && f.Role == FlatRole.Unknown))) is { Key: { } said }
            ? FlatReader.Complete(said, register)
            : null;

    /// <summary>
    /// "4栋2单元1603，尾号1234。一楼大堂放了两个旧床垫，一个星期没人管": what is left once the flat and its digits are taken out
    /// reads as a request of its own (a report or a complaint in words no list foresees) — more than an introduction.
    /// </summary>
    private static bool ReportsBesideTheFlat(string text, IMessageClassifier classifier, DateTimeOffset now)
    {
        var rest = FlatAndDigits().Replace(DigitsCalledSo().Replace(text, ""), "");
        if (rest.Count(char.IsLetter) < 6)
        {
            return false;
        }

        var reading = classifier.Read(rest, now);
        return reading.Cue is not null || (!reading.OutOfDomain && reading.Intent != IntentCode.Smalltalk && !reading.IsOnlyAct && reading.Confidence >= RequestBesideTheFlat);
    }

    /// <summary>How sure the model must be that the words beside a flat and its digits are a request of their own.</summary>
    private const double RequestBesideTheFlat = 0.6;

    /// <summary>A flat or its parts written with digits ("4栋2单元1603", "3-2-1704", "1603室").</summary>
    [GeneratedRegex(@"[0-9]+(?:\s*[-－]\s*[0-9]+)*\s*(?:号楼|栋|幢|座|单元|室|号|户|楼)?")]
    private static partial Regex FlatAndDigits();

    /// <summary>The last four of a phone said so anywhere in the message ("…不住小区. 尾号9212").</summary>
    [GeneratedRegex(DigitsCalledTheLastFour + @"(?!\d)")]
    private static partial Regex DigitsCalledSo();

    /// <summary>"尾号5766", "last 4 number is 5766": the words for a phone's last four, then its four digits.</summary>
    private const string DigitsCalledTheLastFour = @"(?:" + LastFourPhrases.Words + @"|(?i:last\s*(?:4|four)))[^0-9]{0,12}(?<d>\d{4})";

    /// <summary>
    /// Words of a request, a fault or a question, in Chinese or English ("…尾号1234。My power tripped last night"): a message
    /// with them is more than an introduction.
    /// </summary>
    [GeneratedRegex(@"坏|漏|堵|不亮|不通|停电|停水|没电|没水|吵|臭|裂|掉|冒|着火|火|烟|困|跳闸|渗|修|投诉|预约|约|帮|麻烦|问|怎么|多少|吗|呢|[？?]|急|救|快|(?i:\b(help|fix|broken|leak(ing|s)?|complain|book|how|what|when|why|can|could|please|trip(ped|s)?|power|outage|lost|went (off|out)|cut out|not working|(doesn't|won't|can't) (work|open|close|start|turn)|stuck|blocked|clogged|nois(e|y)|smell(s|y)?|smoke|fire|flood(ed|ing)?|water|crack(ed)?|drip(ping|s)?|problem|issue|need|want|ask|stopped|dead|broke|loud|wet|no (hot )?(water|power|electricity|heating|signal))\b)")]
    private static partial Regex AsksOrReports();

    [GeneratedRegex(@"^(?:我的?)?(?:手机|电话)?(?:号码?)?(?:尾号|后四位|後四位)?(?:是|係)?[:：]?\s*(\d{4})[。.!！]?$")]
    private static partial Regex LastFour();

    /// <summary>"业主手机尾号5766", "Madam phone last 4 number is 5766": four digits said to be a phone's last four.</summary>
    [GeneratedRegex(@"^[^0-9]{0,16}" + DigitsCalledTheLastFour + @"[^0-9]{0,6}$")]
    private static partial Regex LastFourCalledSo();
}
