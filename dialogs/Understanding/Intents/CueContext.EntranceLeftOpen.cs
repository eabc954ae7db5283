using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>An entrance door that will not shut or lock: the standard's 单元门禁坏, a public repair in 3 working days.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "8栋1单元楼下的单元门坏了关不上一直开着谁都能进来", "…推开楼下单元门跑出去了…那个门关不上，一推就开": a unit
    /// entrance, gate or fire door that stays open (named, then spoken of as 那个门), with nobody
    /// shut in or out, no smoke behind it and no banging at night, is a general public repair (service-standard.md lists 单元门禁坏 there);
    /// "单元门打不开了，里面的人出不去" strands people and stays urgent.
    /// </summary>
    public static bool EntranceLeftOpen(string text) => DoorStaysOpen().IsMatch(text) && !MoreThanOpen().IsMatch(text);

    [GeneratedRegex("(单元门|单元大门|楼门|门禁|大堂门|防火门|楼道门|铁门|入户大门)[^。.!！?？]{0,12}(关不上|关不了|锁不上|锁不了|合不上|关不严|关不紧|一直开着|一直敞着|敞着|大开着|开着关不|一推就开)|(?<=(单元门|单元大门|楼门|门禁|大堂门|防火门|楼道门|铁门)[^!！?？]{0,80})(那个|这个|那扇|这扇)(大)?(铁)?门[^。.!！?？]{0,4}(关不上|关不了|锁不上|锁不了|合不上|关不严|关不紧|一推就开|一直开着)")]
    private static partial Regex DoorStaysOpen();

    /// <summary>People shut in or out, smoke or a thief behind it, or the door banging at night: more than a door left open.</summary>
    [GeneratedRegex("出不去|出不来|进不去|进不来|打不开|困|卡住|夹|烟|火|着了|小偷|贼|撬|吵|砰|哐|咣|撞|响")]
    private static partial Regex MoreThanOpen();
}
