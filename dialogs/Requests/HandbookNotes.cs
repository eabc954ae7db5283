using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;
using ConciergeBot.Knowledge.Store;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// The handbook entries the request dialogs quote: the safety instructions for an emergency (by what the owner
/// describes) and the rule that a noise complaint rests on (quiet hours, renovation hours, pets).
/// </summary>
public static partial class HandbookNotes
{
    private static readonly (string Entry, string[] Words)[] Safety =
    [
        ("safety.gas", ["煤气", "燃气", "天然气", "液化气", "漏气", "臭鸡蛋", "一氧化碳", "怪味", "异味", "odd smell", "strange smell", "weird smell", "gas", "lpg", "propane", "rotten egg", "carbon monoxide", "ガス", "가스"]),
        ("safety.electrical", ["插座", "插头", "电线", "配电箱", "电火花", "冒火花", "焦糊", "烧焦", "塑料味", "漏电", "露电", "触电", "麻了一下", "麻手", "手麻", "电了一下", "被电", "socket", "outlet", "wiring", "spark"]),
        ("safety.fire", ["火", "烟", "烧", "🔥", "fire", "smoke", "burning", "flames"]),
        // A person hurt or unable to get up comes before the lift, which is often only where they are ("15楼电梯口…坐在地上起不来").
        ("safety.injury", ["受伤", "晕倒", "流血", "摔倒", "摔了", "昏迷", "骨折", "起不来", "倒地", "倒在地上", "叫不醒", "没反应", "使不上劲", "bleeding", "collapsed", "unconscious", "injured", "fell", "fallen"]),
        ("safety.lift", ["电梯", "被困", "困住", "关在", "lift", "elevator"]),
        ("safety.flood", ["水", "漏", "爆管", "淹", "water", "leak", "flood", "burst"]),
        ("safety.power", ["停电", "跳闸", "没电", "断电", "空开", "总闸", "power", "tripped", "no elec"]),
    ];

    private static readonly (string Entry, string[] Words)[] Noise =
    [
        ("rule.renovation.hours", ["装修", "电钻", "打钻", "施工", "敲", "砸", "切割", "钻"]),
        ("rule.pets", ["狗", "猫", "宠物"]),
    ];

    /// <summary>The safety instructions to give with an emergency or urgent report, or null.</summary>
    public static string? SafetyFor(KnowledgeStore knowledge, string intent, string description)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (!IntentProfiles.For(intent).SafetyAdvice)
        {
            return null;
        }

        // Regional words read as Mandarin first: 瓦斯 / 煤氣 / 石油气 are gas and get the gas instructions; English ones ("LPG
        // smell", "the lift is stuck") are read whatever their case.
        var text = DialectFolding.Fold(description);
        var entry = Safety.FirstOrDefault(s => s.Words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))).Entry;
        return entry is null ? null : knowledge.Current.Handbook.Find(entry)?.Summary;
    }

    /// <summary>The rule a neighbour complaint rests on, cited with its source: "根据《管理规约》：...".</summary>
    public static string? RuleFor(KnowledgeStore knowledge, string description)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        // "我上去敲过两次门了": knocking on the neighbour's door is what the writer did, not renovation noise.
        var told = DoorKnockedOn().Replace(description, "");
        var id = Noise.FirstOrDefault(n => n.Words.Any(w => told.Contains(w, StringComparison.Ordinal))).Entry ?? "rule.quiet-hours";
        var entry = knowledge.Current.Handbook.Find(id);
        return entry is null ? null : $"根据《{entry.Source}》：{entry.Summary}";
    }

    [GeneratedRegex("(敲|砸|拍|踹)(了|过)?[^，。,.!！?？]{0,5}门")]
    private static partial Regex DoorKnockedOn();
}
