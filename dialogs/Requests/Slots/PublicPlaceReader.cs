using System.Globalization;
using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Requests.Tickets;

namespace ConciergeBot.Dialogs.Requests.Slots;

/// <summary>
/// A public place in an owner's words: from the first landmark (3栋2单元, 地下车库B1, 北门) to the last area word
/// after it (电梯, 楼道, 门口, 路, 健身区): "3栋2单元的电梯" → 3栋2单元电梯, "6栋和7栋之间那条路",
/// "地下车库B1东边电梯口". A free description given in answer to "where?" is accepted when it reads as a place
/// (not a phone number, a denial or a question).
/// </summary>
public static partial class PublicPlaceReader
{
    private const int MaxGap = 14;
    private const int MaxFree = 30;

    /// <summary>Words that end a place by saying what happens there ("电梯里出不来了", "大堂灯坏了").</summary>
    private static readonly System.Buffers.SearchValues<char> NotPartOfAPlace = System.Buffers.SearchValues.Create("了不没被说出坏停有");

    /// <summary>The public place a message names, or null.</summary>
    public static TicketPlace? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = PlaceNumerals.ToDigits(EnglishPlaces.ToChinese(text));
        var anchor = Landmark().Match(text);
        while (anchor.Success && (WatchedFrom(text, anchor) || IntroducesTheirFlat(text, anchor) || Denied(text, anchor) || FoundThere(text, anchor)))
        {
            // "是4栋 我在3栋2单元往对面看的 他在4栋楼顶": where the writer stands is not where it happens; "我是1栋1单元1503的
            // 租户。北门进来…那个井盖不见了": nor is the flat the writer introduces themselves with; nor "不是南门，是东门".
            anchor = anchor.NextMatch();
        }

        if (anchor.Success && AtABuildingOnly(text, anchor) && NextPlaceOfTheSameBuilding(text, anchor) is { } fuller)
        {
            // "是4栋 … 他在4栋楼顶靠我们这边的那个角上": the building said bare first, then with the place on it.
            anchor = fuller;
        }

        if (anchor.Success)
        {
            var end = anchor.Index + anchor.Length;
            var last = end;
            foreach (Match area in AreaWord().Matches(text, end))
            {
                if (area.Index - last > MaxGap || text.AsSpan(last, area.Index - last).IndexOfAny(NotPartOfAPlace) >= 0)
                {
                    // "6栋2单元电梯里出不来了电梯停住": the place ends where the words go on to say what happens there.
                    break;
                }

                last = area.Index + area.Length;
            }

            var words = text[anchor.Index..last];
            if (last == end && !anchor.Groups["building"].Success && !StandaloneLandmark().IsMatch(words))
            {
                return null;
            }

            if (last == end && anchor.Groups["building"].Success && !anchor.Groups["unit"].Success && !NearBuilding().IsMatch(text[end..]))
            {
                // "6栋朝我们5栋这一面，大概二十二三楼的样子": a building and the floor of it, the unit not known — somewhere
                // to go; a building alone is not.
                return FloorOfTheBuilding().Match(text, end) is { Success: true } floor && floor.Index == end
                    ? Place(Tidy(text[anchor.Index..(floor.Index + floor.Length)]))
                    : null;
            }

            return Place(Tidy(words));
        }

        foreach (Match standalone in StandaloneArea().Matches(text))
        {
            if (!FoundThere(text, standalone))
            {
                return Place(standalone.Value);
            }
        }

        return null;
    }

    /// <summary>"不是南门，是东门": a place said only to be denied, when another follows.</summary>
    private static bool Denied(string text, Match anchor) =>
        DeniedBefore().IsMatch(text.AsSpan(0, anchor.Index)) && anchor.NextMatch().Success;

    [GeneratedRegex(@"(不是|不在|并不是|并非)\s*$")]
    private static partial Regex DeniedBefore();

    private static bool AtABuildingOnly(string text, Match anchor) =>
        anchor.Groups["building"].Success && !anchor.Groups["unit"].Success && !NearBuilding().IsMatch(text[(anchor.Index + anchor.Length)..])
        && !AreaWord().IsMatch(text.AsSpan(anchor.Index + anchor.Length, Math.Min(2, text.Length - anchor.Index - anchor.Length)));

    /// <summary>A later mention of the same building with an area right after it ("4栋楼顶"), skipping the writer's own spot.</summary>
    private static Match? NextPlaceOfTheSameBuilding(string text, Match anchor)
    {
        for (var next = anchor.NextMatch(); next.Success; next = next.NextMatch())
        {
            if (next.Groups["building"].Value == anchor.Groups["building"].Value && !WatchedFrom(text, next)
                && AreaWord().Match(text, next.Index + next.Length) is { Success: true } area && area.Index - (next.Index + next.Length) <= 2)
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>
    /// "我带着老人在门外楼道里等着", "我们全家都跑到楼下了": where the writer has gone to wait after getting out, not where the
    /// danger is ("我在3栋电梯口等着" — waiting at the spot — is not this).
    /// </summary>
    public static bool WhereTheWriterWentToWait(string text) => WentToWait().IsMatch(text ?? "");

    [GeneratedRegex(@"(我|我们|全家|一家人?|大家|家里人|人|带着[^，,。!！?？]{1,6})[^，,。!！?？]{0,8}((跑|逃|撤|躲|避|退)(到|去|出|在)|出来(了)?(在|到)|在(门外|屋外|家门外|房子外面|家外面))")]
    private static partial Regex WentToWait();

    /// <summary>"我在3栋2单元往对面看的": where the writer watches from, not where it happens.</summary>
    private static bool WatchedFrom(string text, Match anchor) =>
        WritersOwnSpot().IsMatch(text.AsSpan(0, anchor.Index))
        && LooksAcross().IsMatch(text.AsSpan(anchor.Index + anchor.Length, Math.Min(8, text.Length - anchor.Index - anchor.Length)));

    [GeneratedRegex(@"(我在|我从)\s*$")]
    private static partial Regex WritersOwnSpot();

    /// <summary>"孙子推开单元门跑出去了…找了半天才在花园那边找着": where someone or something was found is not where the matter is.</summary>
    private static bool FoundThere(string text, Match anchor) =>
        FoundAt().IsMatch(text.AsSpan(anchor.Index + anchor.Length, Math.Min(10, text.Length - anchor.Index - anchor.Length)));

    [GeneratedRegex(@"^(的)?(那边|那儿|那里|这边|附近|旁边)?(才|就)?(找着|找到|找回|寻到|捡到|看到他|看到她)")]
    private static partial Regex FoundAt();

    /// <summary>
    /// "我是1栋1单元1503的租户。北门进来…": the writer's own flat, said to introduce themselves before another landmark (with
    /// none after it, "我住3栋2单元1602，楼道灯坏了", the flat's building is where it is).
    /// </summary>
    private static bool IntroducesTheirFlat(string text, Match anchor) =>
        anchor.Groups["unit"].Success && Introduction().IsMatch(text.AsSpan(0, anchor.Index))
        && OwnRoom().IsMatch(text.AsSpan(anchor.Index + anchor.Length)) && anchor.NextMatch().Success;

    [GeneratedRegex(@"(我是|我住|我住在|住在|我家(是|在)?|我们家(是|在)?)\s*$")]
    private static partial Regex Introduction();

    [GeneratedRegex(@"^\s*\d{3,4}(室|号)?(的)?(租户|业主|住户)?\s*[，,。.；;的]")]
    private static partial Regex OwnRoom();

    [GeneratedRegex("往|朝|望|看")]
    private static partial Regex LooksAcross();

    /// <summary>
    /// An answer to "where?" taken as written when no landmark is in it ("南门那边的健身区" has one; "就在进门左手边" does
    /// not): short, with a word of place, and not a phone number, a question or a bare denial.
    /// </summary>
    public static TicketPlace? FromAnswer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Find(text) is { } place)
        {
            return place;
        }

        var words = text.Trim().TrimEnd('。', '.', '！', '!');
        return words.Length is > 1 and <= MaxFree && PlaceHint().IsMatch(words) && !NotAPlace().IsMatch(words) ? Place(Tidy(words)) : null;
    }

    /// <summary>
    /// "我家阳台正对着4栋…一直往外冒烟", then asked where: "靠中间花园这一面，大概二十层上下". An answer that names no building,
    /// for a matter the first words placed at one building other than the writer's own, is on that building.
    /// </summary>
    public static TicketPlace OnTheBuildingOf(TicketPlace place, string description, int? ownBuilding)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(description);
        if (place.Building is not null || place.Room is not null)
        {
            return place;
        }

        var named = Building().Matches(description).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Where(b => b != ownBuilding).Distinct().ToList();
        return named.Count == 1 ? place with { Building = named[0] } : place;
    }

    private static TicketPlace Place(string words)
    {
        var building = Building().Match(words) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        return TicketPlace.Public(words, building);
    }

    private static string Tidy(string words)
    {
        var tidy = LeadingFiller().Replace(words, "");
        tidy = tidy.Replace("单元的", "单元", StringComparison.Ordinal).Replace("栋的", "栋", StringComparison.Ordinal);
        return TrailingFiller().Replace(tidy, "").Trim(' ', '，', ',', '。');
    }

    /// <summary>
    /// Two descriptions of a public place start from the same landmark ("南门进来那片草坪" and "南门进门左手边那块大草坪",
    /// "3栋2单元电梯" and "3栋2单元电梯口"): the same spot told twice, not two places.
    /// </summary>
    public static bool SameLandmark(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = Landmark().Match(PlaceNumerals.ToDigits(EnglishPlaces.ToChinese(first)));
        var b = Landmark().Match(PlaceNumerals.ToDigits(EnglishPlaces.ToChinese(second)));
        return a.Success && b.Success && string.Equals(a.Value.Replace(" ", "", StringComparison.Ordinal), b.Value.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>
    /// A place description names an area or a facility ("8栋旁边那个充电棚", "3栋2单元楼道"), not only a building, a unit and
    /// a floor ("8栋，好像是2单元四楼" is a flat not yet known).
    /// </summary>
    public static bool NamesAnArea(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return StandaloneArea().IsMatch(location) || AreaWord().Matches(location).Any(m => !FloorOrNumber().IsMatch(m.Value));
    }

    [GeneratedRegex(@"^\d")]
    private static partial Regex FloorOrNumber();

    [GeneratedRegex(@"(?<building>[1-9])\s*(?:栋|号楼|幢|座)(?:\s*(?<unit>[1-9])\s*单元)?|地下(?:车库|停车场|室)?(?:[一二负]?[一二]?层)?\s*(?:B[1-3])?|地库(?:[一二负]?[一二]?层)?\s*(?:B[1-3])?|负[一二]层|(?<![A-Za-z])B[1-3]\s*[-－]\s*\d{1,4}(?:号)?(?:车位)?|(?<![A-Za-z])B[1-3](?![0-9])|[东南西北]大?门|小区(?:大门|门口|正门|侧门)|会所|幼儿园|商业街|南街")]
    private static partial Regex Landmark();

    [GeneratedRegex(@"([1-9])\s*(?:栋|号楼|幢|座)")]
    private static partial Regex Building();

    [GeneratedRegex(@"电梯[口间厅]?|[出入]口|升降机|楼道|走廊|过道|楼梯间?|大堂|门厅|门口|大门|单元门|门禁|楼下|楼顶|天台|屋顶|车库|停车场|车位|\d+号(?:车位)?|(?<!路|走)路(?!灯)|花园|广场|绿化带?|草坪|水泵房|泵房|配电房|井盖|污水井|化粪池|垃圾(?:桶|站|房)|健身(?:区|器材|房)|乒乓球室|棋牌室|阅览室|活动室|儿童乐园|游乐场|滑梯|沙池|泳池|游泳池|围墙|消防通道|信报箱|快递柜|充电桩|充电棚|充电房|充电区|车棚|岗亭|外墙|凉亭|亭子|长廊|连廊|喷泉|锦鲤池|水池|池塘|篮球场|羽毛球场|网球场|步道|跑道|\d{1,2}\s*楼(?!上|下)|\d{1,2}\s*层")]
    private static partial Regex AreaWord();

    [GeneratedRegex(@"^(?:[东南西北]大?门|小区(?:大门|门口|正门|侧门)|会所|幼儿园|商业街|南街|地下.*|负[一二]层|B[1-3](?:\s*[-－]\s*\d{1,4}(?:号)?(?:车位)?)?)$")]
    private static partial Regex StandaloneLandmark();

    /// <summary>The floor said after a building in the same sentence: "…朝我们这一面，大概二十二三楼", "的12层".</summary>
    [GeneratedRegex(@"\G(?:(?!单元)[^。.!！?？]){0,14}?(?<![\d])(?:[1-9]\d?|[一二三四五六七八九十两]{1,4})(?:多)?(?:楼|层)(?![下上道梯顶房])")]
    private static partial Regex FloorOfTheBuilding();

    [GeneratedRegex(@"^\s*(?:楼下|门口|楼道|电梯|旁边|附近|那边|外面|前面|后面)")]
    private static partial Regex NearBuilding();

    [GeneratedRegex(@"(?:地下)?(?:车库|停车场)|地库|(?:中心|小区)?花园(?:里|的)?(?:凉亭|亭子|长廊|水池|池塘)?|(?:中心)?广场(?:的|上的)?(?:喷泉(?:池)?|水池|舞台)?|锦鲤池(?:上面?的?(?:小)?(?:木)?桥)?|健身(?:区|器材|房)|乒乓球室|棋牌室|阅览室|活动室|儿童乐园|游乐场|滑梯|沙池|游泳池|泳池|会所|水泵房|配电房|消防通道|快递柜|充电桩|充电棚|充电房|充电区|车棚|岗亭|凉亭|喷泉|篮球场|羽毛球场|网球场")]
    private static partial Regex StandaloneArea();

    [GeneratedRegex(@"边|旁|附近|前|后|口|里|门|楼|路|区|场|层|号|角|梯|道|廊|园|库|棚|墙|顶|台|房")]
    private static partial Regex PlaceHint();

    /// <summary>Not a place: a phone, a question, a no, thanks — or "稍等啊，我正好要下楼，我去看看", the writer going to look.</summary>
    [GeneratedRegex(@"\d{7,}|[？?]|吗$|不知道|不清楚|说不清|没有|不是|不对|不用|算了|谢谢|好的|^对|^是的|稍等|等一下|等一等|等等|等会|我去看看|我去看一下|我下去看|我看一下|我看看")]
    private static partial Regex NotAPlace();

    [GeneratedRegex(@"^(?:就在|就是|在|是|位置是|地点是|地址是|我们|小区里的?|那个)")]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"(?:那里|这里|那儿|这儿|那边|这边|里面|里)$")]
    private static partial Regex TrailingFiller();
}
