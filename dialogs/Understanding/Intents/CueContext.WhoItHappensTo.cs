using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Round 13's reading of who an alarm word happens to: the writer's own state told in alarm words is a figure of
/// speech — the writer "on fire" or "exploding on the spot" is still typing (我已经 on fire 了, 内心已经着火, 感觉要原地爆炸),
/// a degree "hot to exploding" (热到爆炸), breathless under a workload (被 KPI 压得喘不过气), a sky "red as if on fire";
/// and a question about what words mean ("I'm on fire" 是什么意思) reports nothing.
/// </summary>
internal static partial class CueContext
{
    /// <summary>True when the cue tells the writer's own state, or likens something to it, rather than reporting danger.</summary>
    private static bool TellsTheWritersState(string text, int index, int length)
    {
        var cue = text.AsSpan(index, length);
        var start = ClauseStart(text, index);
        var prefix = text.AsSpan(start, index - start);
        var after = text.AsSpan(index + length, Math.Min(4, text.Length - index - length));
        if (cue.SequenceEqual("爆炸"))
        {
            return BoomOfTheSelf().IsMatch(prefix);
        }

        if (cue.SequenceEqual("着火") || cue.SequenceEqual("起火") || cue.Equals("on fire", StringComparison.OrdinalIgnoreCase))
        {
            // The writer may put a space between Chinese and English words (我已经 on fire 了): read back over the clause break.
            var near = text.AsSpan(Math.Max(SentenceStart(text, index), index - 12), index - Math.Max(SentenceStart(text, index), index - 12));
            return FireOfTheSelf().IsMatch(near) || (HasLatin(near) && FireOfTheSelfInEnglish().IsMatch(near))
                || (Simile().IsMatch(prefix) && SimileEnd().IsMatch(after) && !Smelled().IsMatch(prefix));
        }

        return Breathless().IsMatch(cue) && UnderAWorkload().IsMatch(prefix) && !ThirdPerson().IsMatch(prefix);
    }

    /// <summary>A message whose only alarm words tell the writer's own state (被 KPI 压得喘不过气来): a model-only fast class falls back.</summary>
    private static bool SpeaksOfTheWritersState(string text)
    {
        for (var m = StateWord().Match(text); m.Success; m = m.NextMatch())
        {
            if (TellsTheWritersState(text, m.Index, m.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "电梯停了，里面没人，我住三楼走楼梯就行，你们有空看看": a lift out of order that strands nobody — the writer manages the
    /// stairs, another lift runs, or there is no hurry.
    /// </summary>
    public static bool LiftStrandsNobody(string text) => LiftCue().IsMatch(text) && ManagesWithoutTheLift().IsMatch(text);

    /// <summary>"The bathroom exhaust fan stopped working. Not urgent, whenever someone's free": the owner says there is no hurry.</summary>
    public static bool NoHurry(string text) => NoHurryWords().IsMatch(text);

    [GeneratedRegex("(?<!(这个|那个|这|那|其他|别的)[^，。,.!！?？]{0,2})(不急|不着急|不赶时间)|not urgent|no rush|whenever (someone|you|anyone)", RegexOptions.IgnoreCase)]
    private static partial Regex NoHurryWords();

    /// <summary>
    /// "约的刘工下午来修…等了一下午没人，打他电话也不接", "投诉刘工": one member of staff named by surname and title, with what
    /// they did or failed to do.
    /// </summary>
    public static bool BlamesNamedStaff(string text) => NamedStaffFailing().IsMatch(text) || (NamedStaff().IsMatch(text) && StaffMisconduct().IsMatch(text));

    [GeneratedRegex("[\\p{IsCJKUnifiedIdeographs}](工|师傅|经理|主管|管家|保安)[^。.!！?？]{0,30}(没来|不来|没人来|放鸽子|放我鸽子|不接|没接|没回|骂|凶|态度|就挂了|挂了我|挂我电话|挂断|敷衍|爱答不理|爱理不理)|投诉[\\p{IsCJKUnifiedIdeographs}](工|师傅|经理|主管|管家)")]
    private static partial Regex NamedStaffFailing();

    [GeneratedRegex("[\\p{IsCJKUnifiedIdeographs}](工|师傅|经理|主管|管家)(?![\\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex NamedStaff();

    /// <summary>"刷卡刷不开了…后来是保安给我开的": staff named only as the ones who helped, with no grievance, are no staff complaint.</summary>
    public static bool StaffOnlyHelped(string text) => StaffHelped().IsMatch(text) && !StaffGrievance().IsMatch(text) && !StaffMisconduct().IsMatch(text);

    /// <summary>The message without the clause that names the staff who helped: what the owner reports.</summary>
    public static string WithoutTheHelper(string text)
    {
        var m = StaffHelped().Match(text);
        var start = ClauseStart(text, m.Index);
        var end = ClauseEnd(text, m.Index + m.Length);
        return (text[..start] + text[end..]).Trim(' ', '，', ',', '。');
    }

    [GeneratedRegex("(保安|门卫|门岗|保洁|管家|前台|师傅|物业)[^，。,.!！?？]{0,6}(给我|帮我|替我|帮忙|帮着)[^，。,.!！?？]{0,6}(开|按|拿|扛|搬|推|抬|弄)")]
    private static partial Regex StaffHelped();

    [GeneratedRegex("凶|吼|睡觉|玩手机|抽烟|不让|拦着|刁难|动手|不耐烦|脸色|甩脸|磨蹭|拖拉|冲我|差劲")]
    private static partial Regex StaffMisconduct();

    [GeneratedRegex("走楼梯(就行|也行|还行|没事|没问题|可以)|(另一|另外一|右边|左边)(部|台)[^，。,.!！?？]{0,4}(还)?能(用|坐)|还能(用|坐)|有空(再)?(看看|修|来)|不(着)?急")]
    private static partial Regex ManagesWithoutTheLift();

    /// <summary>"“I'm on fire today”是什么意思", "hit the roof 是说…吗": a question about what words mean, with nothing of the estate named.</summary>
    private static bool AsksWhatWordsMean(string text) => WordsMean().IsMatch(text) && !NamesEstatePlace(text);

    [GeneratedRegex("爆炸|着火|起火|on fire|喘不过气|喘不上气", RegexOptions.IgnoreCase)]
    private static partial Regex StateWord();

    [GeneratedRegex("(原地|当场|直接)$|(?<![烧压炸充撞打])(到|得)(要|快要|快|直接)?$")]
    private static partial Regex BoomOfTheSelf();

    [GeneratedRegex("((内心|心中|心底|灵魂|精神|(?<!中)心)(已经|都|早就|早|也)?|(^|[^家里屋来叫喊])(我|我们|人)(已经|都|真的|简直|整个人|今天)?(要|快要|快)?)\\s*$")]
    private static partial Regex FireOfTheSelf();

    [GeneratedRegex("\\b(i'?m|i am|we'?re|we are|you'?re|u r)\\s+((so|totally|really|literally|already|now|just)\\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex FireOfTheSelfInEnglish();

    [GeneratedRegex("(像|好像|仿佛|宛如|如同|跟)$")]
    private static partial Regex Simile();

    [GeneratedRegex("^(了)?(一样|似的|一般|般)")]
    private static partial Regex SimileEnd();

    [GeneratedRegex("闻|味")]
    private static partial Regex Smelled();

    [GeneratedRegex("喘不过气|喘不上气")]
    private static partial Regex Breathless();

    [GeneratedRegex("(压|逼|累|忙|卷|愁|烦)(得|到)[^，。,.!！?？]{0,4}$")]
    private static partial Regex UnderAWorkload();

    [GeneratedRegex("什么意思|啥意思|咩意思|(?<![不就])是说[^，。,.!！?？]{0,10}(吗|嗎)|(?<!不)是指|怎么翻译|(?<!\\bi )\\bmean(s)?\\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordsMean();
}
