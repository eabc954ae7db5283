using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Understanding.Acts;

namespace ConciergeBot.Dialogs.Requests.Slots;

/// <summary>
/// Everything one owner message says that a request can use, whatever was asked: the act (对 / 不对 / 算了 /
/// 没有了), flats (whose), a public place, a time, a phone, the last four digits of the registered mobile, a
/// building or unit put right ("是3栋不是5栋"), whether it asks a question, and the words no slot took.
/// </summary>
public sealed record SlotReading
{
    public DialogAct Act { get; init; }

    /// <summary>The message is nothing but the act (对的, 没有了谢谢).</summary>
    public bool OnlyAct { get; init; }

    public IReadOnlyList<FlatMention> Flats { get; init; } = [];

    public TicketPlace? PublicPlace { get; init; }

    /// <summary>A date and time ("明天上午10点", "明晚" is 明天19:00 only with a clock or a part of the day said).</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>A day without a time of day ("明天", "周六"): the dialog asks what time.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>A clock time without a date ("改成八点"): applied to the date already agreed.</summary>
    public TimeOnly? ClockOnly { get; init; }

    /// <summary>The clock time said the morning (上午/早上) explicitly.</summary>
    public bool Morning { get; init; }

    /// <summary>Only a part of the day was said ("明早", "明天下午"), no clock: its hour is a default, not the owner's.</summary>
    public bool PartOfTheDayOnly { get; init; }

    /// <summary>
    /// <see cref="ClockOnly"/> is an hour from 1 to 6 said with no part of the day ("改成4点吧"): the part of the day of the
    /// time agreed, or the afternoon when none was — nobody books a visit at four in the morning without saying 凌晨.
    /// </summary>
    public bool ClockIsBareSmallHour { get; init; }

    public bool Asap { get; init; }

    /// <summary>
    /// A clock time is offered ("今天下午两点可以吗", "能改成后天下午3点吗？"): a time proposed, not a question for the handbook —
    /// unless the message also asks something else ("How long can you keep it? 我周四晚上才能去拿").
    /// </summary>
    public bool ProposesTime { get; init; }

    public string? Phone { get; init; }

    /// <summary>Four digits alone (or "后四位是1234"): the registered mobile's last four.</summary>
    public string? LastFour { get; init; }

    public int? BuildingFix { get; init; }

    public int? UnitFix { get; init; }

    /// <summary>A unit said alone ("2单元", "二单元的", "Unit 2"), the answer when a flat was named without its unit.</summary>
    public int? UnitSaid { get; init; }

    /// <summary>The message asks something (…吗？, 多少钱, 多久能到).</summary>
    public bool IsQuestion { get; init; }

    /// <summary>The words no slot used, for the ticket's details (两个人三个行李箱).</summary>
    public string Leftover { get; init; } = "";

    /// <summary>The same words as the owner said them, readable, for the ticket's notes (<see cref="Leftover"/> strips fillers).</summary>
    public string Remark { get; init; } = "";

    /// <summary>
    /// A slot besides a part of today said alone ("今天早上去看已经修好了" tells when it was seen, not when to come): what a
    /// message calling the request off may still give to keep. A neighbour told only by where they live ("那算了…毕竟对门住了
    /// 十几年") is none.
    /// </summary>
    public bool HasSlotBesidesToday(DateOnly today) =>
        Flats.Any(f => f.Key is not null) || HasSlotBesidesFlatsAndTime
        || Time is not null || (Day is { } day && day != today) || (ClockOnly is not null && !PartOfTheDayOnly);

    public bool HasSlot => HasSlotBesidesTime || Time is not null || Day is not null || ClockOnly is not null;

    /// <summary>A place, a phone, the last four digits, a building or unit put right, or "as soon as possible".</summary>
    private bool HasSlotBesidesTime => Flats.Count > 0 || HasSlotBesidesFlatsAndTime;

    private bool HasSlotBesidesFlatsAndTime =>
        PublicPlace is not null || Asap || Phone is not null || LastFour is not null || BuildingFix is not null || UnitFix is not null;
}
