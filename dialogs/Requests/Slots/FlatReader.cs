using System.Globalization;
using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Requests.Slots;

/// <summary>
/// The flats a message names, with whose they are: full addresses from the room entities (an English address —
/// "building 3, unit 2, room 1202" — is read as 3栋2单元1202), bare room numbers a dialog can complete from the
/// writer's home ("楼上1302", "是3002"), and relations alone ("楼上那家"). <see cref="Resolve"/> completes a
/// partial mention against a home on the register.
/// </summary>
public static partial class FlatReader
{
    /// <summary>Rewrites English addresses into the Chinese form the room recognizer reads.</summary>
    public static string WithChineseAddresses(string text)
    {
        var chinese = UnitCorrectedMidway().Replace(text, "$1栋$2单元$3");
        chinese = BuildingHomophone().Replace(chinese, "$1栋");
        chinese = SameUnitAsBefore().Replace(chinese, "同单元，");
        chinese = SpokenFiller().Replace(chinese, "$1");
        chinese = EnglishFloorAndRoom().Replace(chinese, FloorAndRoomInChinese);
        chinese = EnglishRoomFirst().Replace(chinese, BuildingUnitRoomInChinese);
        return EnglishAddress().Replace(chinese, BuildingUnitRoomInChinese);
    }

    /// <summary>An English address's building, unit (when given) and room, as 3栋2单元1202.</summary>
    private static string BuildingUnitRoomInChinese(Match m) => m.Groups["unit"].Success
        ? $"{m.Groups["building"].Value}栋{m.Groups["unit"].Value}单元{m.Groups["room"].Value}"
        : $"{m.Groups["building"].Value}栋{m.Groups["room"].Value}";

    /// <summary>The flats in a message; <paramref name="entities"/> are the message's entities (rooms, phones, times).</summary>
    public static IReadOnlyList<FlatMention> Read(string text, IReadOnlyList<RecognizedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entities);
        var found = new List<FlatMention>();
        RecognizedEntity? previous = null;
        foreach (var room in entities.Where(e => e.Type == EntityTypes.Room))
        {
            if (IsLandmark(text, room.Start, room.End))
            {
                continue;
            }

            var (role, relation) = RoleBefore(text, room.Start);
            role = RoleAfter(role, text, room.End);
            if (role == FlatRole.Unknown && LeftAt().IsMatch(text.AsSpan(Math.Max(0, room.Start - 6), Math.Min(6, room.Start))))
            {
                // "骑手说放在5栋1单元1802门口了": where a parcel or a meal was left is someone else's door, not the writer's home.
                role = FlatRole.Other;
            }

            if (previous is not null && found.Count > 0 && PutRightBetween().IsMatch(text.AsSpan(previous.End, Math.Max(0, room.Start - previous.End))))
            {
                // "我住1栋2单元1202，哦不对，是1栋1单元1202": the flat put right replaces the one before, whose it is kept.
                var slip = found[^1];
                found.RemoveAt(found.Count - 1);
                (role, relation) = role == FlatRole.Unknown ? (slip.Role, slip.Relation) : (role, relation);
            }

            var parsed = RoomKey.TryParse(room.Value, out var key);
            found.Add(new FlatMention(room.Value, parsed && key.Shop is null ? key.Room : null, role, relation, room.NotInEstate));
            previous = room;
        }

        RecognizedEntity? putRightInWords = null;
        if (previous is not null && found.Count > 0 && found[^1].Key is { } slipKey && RoomKey.TryParse(slipKey, out var slipRoom) && slipRoom.Shop is null && slipRoom.Unit is { } slipUnit
            && entities.FirstOrDefault(e => e.Type is EntityTypes.Number or EntityTypes.Money && e.Start >= previous.End
                && PutRightBetween().IsMatch(text.AsSpan(previous.End, e.Start - previous.End))) is { } putRight
            && int.TryParse(putRight.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && IsRoomNumber(number))
        {
            // "三栋二单元一千七百零一哦不对是一千八百零一": the room put right, in words, in the same building and unit.
            var slipped = found[^1];
            found[^1] = slipped with { Key = $"{slipRoom.Building}-{slipUnit}-{number}", Room = number };
            putRightInWords = putRight;
        }

        foreach (Match bare in BareRoom().Matches(text))
        {
            if (entities.Any(e => e.Type is not (EntityTypes.Number or EntityTypes.Area) && !IsBareDigits(e) && e.Start < bare.Index + bare.Length && bare.Index < e.End)
                || !IsRoomNumber(bare.Groups["room"].Value))
            {
                continue;
            }

            if (IsLandmark(text, bare.Index, bare.Index + bare.Length)
                || (putRightInWords is not null && putRightInWords.Start < bare.Index + bare.Length && bare.Index < putRightInWords.End))
            {
                continue;
            }

            var (role, relation) = RoleBefore(text, bare.Index);
            role = RoleAfter(role, text, bare.Index + bare.Length);
            found.Add(new FlatMention(null, int.Parse(bare.Groups["room"].Value, CultureInfo.InvariantCulture), role, relation, false));
        }

        if (!found.Any(f => f.Role == FlatRole.Other || (f.Role == FlatRole.Unknown && f.Key is null)) && RelationOnly().Match(text) is { Success: true } only)
        {
            found.Add(new FlatMention(null, null, FlatRole.Other, RelationOf(only.Value), false));
        }

        return found;
    }

    /// <summary>
    /// "靠S108那边那个大桶", "1203旁边的消防栓": a flat named only to show where something is, next to it — not the place
    /// of the matter, nor anyone's home.
    /// </summary>
    private static bool IsLandmark(string text, int start, int end) =>
        NextToBefore().IsMatch(text.AsSpan(0, start)) || NextToAfter().IsMatch(text.AsSpan(end));

    [GeneratedRegex("(靠|靠近|挨着|紧挨着|紧靠|贴着)$")]
    private static partial Regex NextToBefore();

    [GeneratedRegex("^(室|号|号房|铺)?(的)?(旁边|边上|附近|斜对面|跟前)")]
    private static partial Regex NextToAfter();

    /// <summary>
    /// Completes a partial mention against <paramref name="home"/> ("3-2-1202"): 楼上 = the same room one floor up,
    /// 楼下 one floor down, a bare room number in the same building and unit. Null when it cannot be placed.
    /// </summary>
    public static string? Resolve(FlatMention mention, string? home, EstateRegister register)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(register);
        if (mention.IsComplete)
        {
            return Complete(mention.Key!, register);
        }

        if (home is null || !RoomKey.TryParse(home, out var h) || h.Shop is not null)
        {
            return null;
        }

        var room = mention.Room ?? mention.Relation switch
        {
            FlatRelation.Above => h.Room + 100,
            FlatRelation.TwoAbove => h.Room + 200,
            FlatRelation.Below => h.Room - 100,
            _ => (int?)null,
        };
        if (room is null)
        {
            return null;
        }

        var building = mention.Key is { } partial && RoomKey.TryParse(partial, out var p) ? p.Building : h.Building;
        return register.TryGetRoom(building, h.Unit, room.Value)?.Key;
    }

    /// <summary>A key of the register for an address that left out the unit ("5--1801") when only one unit has that room.</summary>
    public static string? Complete(string key, EstateRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        if (!RoomKey.TryParse(key, out var k))
        {
            return null;
        }

        if (k.Shop is not null || k.Unit is not null)
        {
            return register.TryGetRoom(key)?.Key;
        }

        var candidates = register.Candidates(k.Building, k.Room);
        return candidates.Count == 1 ? candidates[0].Key : null;
    }

    /// <summary>A bare number read as an amount ("next door in 1801" in English) names no currency: it may be a room.</summary>
    private static bool IsBareDigits(RecognizedEntity entity) =>
        entity.Type == EntityTypes.Money && entity.Text.All(char.IsAsciiDigit);

    private static bool IsRoomNumber(string digits) => IsRoomNumber(int.Parse(digits, CultureInfo.InvariantCulture));

    private static bool IsRoomNumber(int number)
    {
        var floor = number / 100;
        var position = number % 100;
        return floor is >= 1 and <= 40 && position is >= 1 and <= 8;
    }

    [GeneratedRegex(@"(放在|放到|放了|送到|送去|送错到|送错了|搁在|丢在|扔在|留在|挂在|寄到|堆在|摆在|left (it )?at|delivered to)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LeftAt();

    /// <summary>Between two flats, the first is taken back: "，哦不对，是", "，说错了，应该是".</summary>
    [GeneratedRegex(@"^[，,\s]*(哦|噢|啊|呃|额)?[，,\s]*(不对|说错了|打错了|写错了|搞错了|错了)[，,\s]*(是|应该是|我是说)?[，,\s]*$")]
    private static partial Regex PutRightBetween();

    /// <summary>Whose a flat of no role yet is, by the words right after it.</summary>
    private static FlatRole RoleAfter(FlatRole role, string text, int end) =>
        role != FlatRole.Unknown ? role
        // "6栋2单元1601家养了条大狗": that household's doing — another family's flat, not the writer's.
        : TheirHousehold().IsMatch(text.AsSpan(end)) ? FlatRole.Other
        // "就是别说是1501反映的": the flat that reported it is the writer's own, never the household complained of.
        : ReportedBy().IsMatch(text.AsSpan(end)) ? FlatRole.Self
        // "5栋2单元2301, last 4 is 0942": a flat followed by the last four of its registered phone is the writer's own.
        : LastFourAfter().IsMatch(text.AsSpan(end)) ? FlatRole.Self
        : role;

    [GeneratedRegex(@"^[，,\s]*(?:的)?[，,\s]*(?:业主|住户)?[，,\s]*(?:我的?)?(?:手机|电话|phone)?(?:号码?)?\s*(?:" + LastFourPhrases.Words + ")", RegexOptions.IgnoreCase)]
    private static partial Regex LastFourAfter();

    private static (FlatRole Role, FlatRelation Relation) RoleBefore(string text, int start)
    {
        var from = Math.Max(0, start - (start > 0 && char.IsAsciiLetter(text[start - 1]) || text[Math.Max(0, start - 4)..start].Any(char.IsAsciiLetter) ? 20 : 8));
        var before = text[from..start];
        if (SelfMarker().Match(before) is { Success: true } self)
        {
            var rest = before[(self.Index + self.Length)..];
            if (!RelationMarker().IsMatch(rest))
            {
                return (FlatRole.Self, FlatRelation.None);
            }

            // "我住它正楼上，8栋1单元202", "我是她对门1802的": where the writer lives, told from the other household's side, is
            // the writer's home (the relation kept: that household is the matter's place).
            if (FromTheirSide().Match(rest) is { Success: true } side)
            {
                return (FlatRole.Self, RelationOf(side.Value));
            }
        }

        if (RelationMarker().Match(before) is { Success: true } relation)
        {
            return (FlatRole.Other, RelationOf(relation.Value));
        }

        // "我替我妈反映个事。她住4栋2单元1501": the home of the parent written for is the home the request is for.
        if (ParentsHomeBefore().Match(before) is { Success: true } parent && (!parent.Groups["pronoun"].Success || WritesForAParent().IsMatch(text)))
        {
            return (FlatRole.Self, FlatRelation.None);
        }

        // "他们家应该是1202": the flat of the people spoken of, not the writer's.
        return TheirsBefore().IsMatch(before) ? (FlatRole.Other, FlatRelation.None) : (FlatRole.Unknown, FlatRelation.None);
    }

    [GeneratedRegex(@"(?:(?<pronoun>她|他|老人家)|(?:我|我的)(?:妈|爸|妈妈|爸爸|母亲|父亲|婆婆|公公|奶奶|爷爷|外婆|外公|姥姥|姥爷|岳母|岳父|爸妈|父母))(?:家)?(?:住|住在)\s*$")]
    private static partial Regex ParentsHomeBefore();

    [GeneratedRegex("(替|帮|代)(我)?(妈|爸|妈妈|爸爸|母亲|父亲|婆婆|公公|奶奶|爷爷|外婆|外公|姥姥|姥爷|岳母|岳父|爸妈|父母|家里老人)")]
    private static partial Regex WritesForAParent();

    [GeneratedRegex(@"^\s*(?:在)?(?:它|他|她|他们|她们|他们家|他家|她家|那家|那户|对方|这家)(?:家)?(?:的)?(?:正)?(?:楼上|楼下|隔壁|对门|对面)")]
    private static partial Regex FromTheirSide();

    [GeneratedRegex(@"(?:他们家|他家|她家|她们家)(?:应该|好像|可能|大概)?(?:是|住|住在|在)\s*$")]
    private static partial Regex TheirsBefore();

    private static FlatRelation RelationOf(string words) =>
        TwoFloorsUp().IsMatch(words) ? FlatRelation.TwoAbove
        : words.Contains('上', StringComparison.Ordinal) || words.Contains("up", StringComparison.OrdinalIgnoreCase) || words.Contains("above", StringComparison.OrdinalIgnoreCase) ? FlatRelation.Above
        : words.Contains('下', StringComparison.Ordinal) || words.Contains("down", StringComparison.OrdinalIgnoreCase) || words.Contains("below", StringComparison.OrdinalIgnoreCase) ? FlatRelation.Below
        : words.Contains("opposite", StringComparison.OrdinalIgnoreCase) || words.Contains("across", StringComparison.OrdinalIgnoreCase) ? FlatRelation.Opposite
        : words.Contains("对面", StringComparison.Ordinal) ? FlatRelation.Opposite
        : FlatRelation.SameFloor;

    /// <summary>"tower 3, 12th floor, room 2": the floor and the flat's position on it, as the room 1202.</summary>
    private static string FloorAndRoomInChinese(Match m)
    {
        var room = (int.Parse(m.Groups["floor"].Value, CultureInfo.InvariantCulture) * 100)
            + int.Parse(m.Groups["position"].Value, CultureInfo.InvariantCulture);
        var unit = m.Groups["unit"].Success ? $"{m.Groups["unit"].Value}单元" : "";
        return $"{m.Groups["building"].Value}栋{unit}{room.ToString(CultureInfo.InvariantCulture)}";
    }

    [GeneratedRegex(@"(?i)\b(?:building|bldg|block|blk|tower)\.?\s*(?<building>\d)\b[\s,，]*(?:unit\s*(?<unit>\d)\b[\s,，]*)?(?:(?<floor>[1-9]\d?)(?:st|nd|rd|th)?\s*(?:floor|fl|f)\b|floor\s*(?<floor>[1-9]\d?)\b)[\s,，]*(?:room|rm|flat|apt|door|no\.?|#)\s*(?<position>0?[1-8])\b(?!\d)")]
    private static partial Regex EnglishFloorAndRoom();

    [GeneratedRegex(@"(?i)\b(?:building|bldg|block|blk|tower)\.?\s*(?<building>\d)\b[\s,，]*(?:unit\s*(?<unit>\d)\b[\s,，]*)?(?:(?:\d{1,2}(?:st|nd|rd|th)\s+floor|floor\s*\d{1,2})\b[\s,，]*)?(?:(?:i|we)\s+live\s+in|(?:my|our)\s+(?:flat|apartment|home)\s+is)?\s*(?:room|rm|flat|apt|no\.?|#)?\s*(?<room>\d{3,4})\b")]
    private static partial Regex EnglishAddress();

    /// <summary>"flat 904 in Building 1, Unit 2", "room 1202, block 3 unit 2": the room named before its building.</summary>
    [GeneratedRegex(@"(?i)\b(?:flat|apartment|apt|room|rm)\.?\s*(?:no\.?|#)?\s*(?<room>\d{3,4})\b[\s,，]*(?:(?:in|of|at|on)\s+)?(?:the\s+)?(?:building|bldg|block|blk|tower)\.?\s*(?<building>\d)\b(?:[\s,，]*unit\s*(?<unit>\d)\b)?")]
    private static partial Regex EnglishRoomFirst();

    /// <summary>"我是4栋1单元的不对不对是2单元602": a unit put right before the room is said — 4栋2单元602.</summary>
    [GeneratedRegex(@"([1-9]\d?)\s*栋\s*[1-9]\s*单元(?:的)?[\s,，。]*(?:不对|不是|哦不|说错了|错了)+[\s,，。]*(?:是)?\s*([1-9])\s*单元\s*(\d{3,4})")]
    private static partial Regex UnitCorrectedMidway();

    /// <summary>
    /// "我住同一个单元的802", "就在这个单元的1102": a room in the unit already spoken of, kept a bare room number (not read
    /// as "一单元802", a unit with no building).
    /// </summary>
    [GeneratedRegex(@"(?:同一个|同一|同个|同|这个|这|本|我们|咱们|咱)单元(?:里|里面)?(?:的)?(?:那个)?(?=\s*\d{3,4})")]
    private static partial Regex SameUnitAsBefore();

    /// <summary>Voice input's fillers inside an address: "六栋一单元的那个一千二百零三" is 六栋一单元一千二百零三.</summary>
    [GeneratedRegex(@"(栋|单元)(?:的那个|的那|那个|的)(?=[一二三四五六七八九十两\d])")]
    private static partial Regex SpokenFiller();

    /// <summary>"6洞2单元1803", "3动1单元": a pinyin slip for 栋 (dòng) between a building number and its unit.</summary>
    [GeneratedRegex(@"(?<![\d.])([1-9]\d?)\s*(?:洞|动|冻|懂|董|东)(?=\s*[1-9]\s*单元)")]
    private static partial Regex BuildingHomophone();

    [GeneratedRegex(@"(?<![\d\-－:：.号栋幢座单元])(?<room>\d{3,4})(?:室|号房|房)?(?![\d:：.点时元块%号层])")]
    private static partial Regex BareRoom();

    /// <summary>Right after a flat: the one who reported it ("1501反映的", "1501的业主投诉的").</summary>
    [GeneratedRegex(@"^(?:的)?(?:业主|住户)?(?:反映|投诉|举报|报)(?:的|了)")]
    private static partial Regex ReportedBy();

    /// <summary>Right after a flat: 家 / 那家 / 那户 as that household ("1601家养了条狗"), not 家里 / 家的卫生间 (a place in it).</summary>
    [GeneratedRegex(@"^(?:的)?(?:家|那家|那户|这家|这户|住户|那个住户)(?!里|中|裏|的?(?:卫生间|厨房|客厅|阳台|卧室|房间|天花|墙|门|水|电))")]
    private static partial Regex TheirHousehold();

    /// <summary>Before a flat, the writer's own: "我住", "我是", "又是我，" (the flat said right after it).</summary>
    [GeneratedRegex("我(?=\\s*[0-9一二三四五六七八九]{1,2}\\s*(栋|号楼|幢|座))|(?<!不)是我(?=[\\s，,。.！!～~]*$)|我家|我住|我们住|咱们住|咱家|我哋住|住在|我是|我系|我係|我哋系|我哋係|我们家|俺家|我屋企|家住|本人|业主是|我这|我们是|(?i:i live|i'm in|i am in|my (?:flat|home|apartment|place)|live in|wo ?shi|wo ?jia|wo ?zhu|(?:i'm|i am|this is) (?:the|a) [a-z]+ (?:of|for|at|in|from))")]
    private static partial Regex SelfMarker();

    /// <summary>"楼上的楼上": two floors up, read before 楼上 (one floor up) wherever relations are read.</summary>
    private const string TwoFloorsUpWords = "楼上的楼上|楼上楼上|上两层|上上层";

    [GeneratedRegex(TwoFloorsUpWords + "|隔一层的楼上")]
    private static partial Regex TwoFloorsUp();

    [GeneratedRegex(TwoFloorsUpWords + "|隔一层的楼上|楼上|楼下|上面|下面|上一层|下一层|隔壁|对门|对面|对过|邻居|(?i:next ?door|neighbou?rs?|upstairs|downstairs|above|below|opposite|across)")]
    private static partial Regex RelationMarker();

    /// <summary>楼上/楼下 of a household ("楼上那家的狗"), not of a building ("1栋1单元楼下的单元门禁" is a public place).</summary>
    [GeneratedRegex(TwoFloorsUpWords + "|(?<!单元|栋|号楼|座|幢)(?:楼上|楼下)(?!的?(?:单元门|门禁|大门|大堂|垃圾|花园|草坪|路|车|停车|空地|广场|绿化|信报箱|快递))|隔壁|对门|上面那家|下面那家|上一层|下一层")]
    private static partial Regex RelationOnly();
}
