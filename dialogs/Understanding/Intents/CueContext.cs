using System.Buffers;
using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Reads an explicit cue in its context: the words around it, who it happens to, and whether it is happening now.
/// A cue does not count when its clause negates it or makes it hypothetical (没有着火, 如果着火, 燃气漏了的话), when
/// the message reports it as past or resolved (上个月着火那次, 跳闸了…已经好了), when it is about a drill, notice,
/// story, song or game (消防演习, 梦见着火), or — for the few cues that have an everyday sense — when that sense is
/// the one in the message (cigarette or cooking smoke, a guard asleep at his post).
/// </summary>
internal static partial class CueContext
{
    /// <summary>Null when the cue at <paramref name="index"/> does not count; otherwise how firmly it reports something happening now.</summary>
    public static CueStrength? Read(string text, int index, int length, CueKind kind)
    {
        if (TopicSwitchBefore(text, index) is > 0 and var switched)
        {
            // "上周报修的空调还没人来修 不过这个不着急等会再说 我现在电梯里出不来了": the matter dropped before the switch is
            // no context for the one raised after it — its past, its grievance, its question.
            return Read(text[switched..], index - switched, length, kind);
        }

        if (IsNegated(text, index) || IsHypotheticalAfter(text, index + length) || IsResolvedAfter(text, index, length) || WaitsUntil(text, index, length)
            || Announcement().IsMatch(text.AsSpan(index + length, Math.Min(4, text.Length - index - length)))
            || NoticeBeforeIt().IsMatch(text.AsSpan(index + length, Math.Min(16, text.Length - index - length))))
        {
            return null;
        }

        if (IsABareDisasterWord(text))
        {
            return kind == CueKind.Emergency ? CueStrength.Topic : null;
        }

        var sentence = Sentence(text, index);
        var clause = Clause(text, index);
        if (IsPast(sentence, text, index) || EventClauseIsPast(text, index, length) || PastInEnglish(sentence) || (kind != CueKind.Emergency && AsksWhoPays().IsMatch(text)) || AboutSomethingElse().IsMatch(clause) || RequestsMedia(sentence) || InTitleOrQuotation(text, index) || WritingTask().IsMatch(text)
            || (InEnglishTitle(text, index) && !MentionsTheEstate(text) && !IsUrgent(text))
            || (Planned().IsMatch(text.AsSpan(ClauseStart(text, index), index - ClauseStart(text, index))) && !(ActNowInstruction().IsMatch(text) && !LaterOn().IsMatch(text)))
            || (AsksKnowledge(sentence) && !NamesSomeoneInParticular(sentence) && !JustHappened(text, index + length)))
        {
            return null;
        }

        // "孩子学校搞了消防演练，回来问我火灾为什么要弯腰": a drill or a lesson explained to a child reports nothing; nor
        // does a video game ("Minecraft里TNT爆炸范围多大"), a feeling told in alarm words ("心都在流血", "头都要冒烟了"),
        // an insurance question, or an English question about the world ("what happened with the bridge collapse").
        if (NamesADisasterAsNews(text) || ExplainsALesson(text) || KnowledgeFromElsewhere().IsMatch(text) || InAGame(text) || TalksOfAGameAStreamOrAScene(text) || ReviewsAProduct(text) || OnAScreen(text, index) || SpeaksOfFeelingsInAlarmWords(text) || AsksAboutInsurance(text) || AsksAboutTheWorldInEnglish(text) || AsksALegalQuestion(text) || AdviceForSomeoneElsewhere(text) || AsksGeneralKnowledge(text) || PlaysWithWords(text) || ReadsAnOmen(text) || AsksScienceKnowledge(text) || NamesAFamousDisaster(text, index, length) || TalksOfMoneyElsewhere(text))
        {
            return null;
        }

        // "停电恢复后门禁就不灵了", "冒烟那次把窗帘熏黑了": the event only dates what is reported; "停水你们根本没提前通知",
        // "哪天着火了谁负责": a grievance about how the estate handles it; "燃气泄漏报警器在哪里买": a purchase; "Any update on
        // my ticket about the leaking window?": a status question.
        if (DatesSomethingElse(text, index, length, kind) || FireNamedAsAnEvent(text, index, length) || CalledOffAsFalse(text, index, length) || BlamesTheEstate(text, kind) || Purchase().IsMatch(text) || AsksForAnUpdate().IsMatch(text) || Joke().IsMatch(text)
            || MatterAskedAbout(text, index, length) || (kind != CueKind.Emergency && (LeakNamedAsTheMatter(text, index, length) || (LeakWord().IsMatch(text.AsSpan(index, length)) && OnlyATrickle(text)))) || HealthTalkNotDanger(text, index, length) || LoveLine().IsMatch(text) || (kind == CueKind.Emergency && MadeSafeAndAskedToCheck(text)) || (kind != CueKind.Emergency && (MessLeftBehind(text) || (kind == CueKind.UrgentRepair && CisternRunsIntoTheBowl(text) && !FloodsTheFloor().IsMatch(text)) || (text.AsSpan(index, length).Contains("积水", StringComparison.Ordinal) && MosquitoWater(text)) || WaterAskedGoneSweptOrBlamed(text, index, length))))
        {
            return null;
        }

        // "我腿受伤了 帮我订份午饭送上楼": an injury given as the reason for an errand; "半夜火警铃乱响 冇火": an alarm with no fire.
        if (kind == CueKind.Emergency && (InjuryAsTheReasonForAnErrand(text, index, length) || AlarmWithNoFire(text, index, length) || MinorHurtAndAskingWhereToGo(text) || WellAgainAskingAboutADoctor(text)))
        {
            return null;
        }

        var cue = text.Substring(index, length);

        // The match runs past a hypothesis ("坐电梯上班 想问下咱们小区要是电梯困人") or says what could happen (有人会掉下去).
        if (HypothesisInside().IsMatch(cue) || (kind == CueKind.Emergency && (MayHappenInside().IsMatch(cue) || WouldHappen(text, index, length))))
        {
            return null;
        }

        // Alarm words as figures of speech (难到我要晕倒, 一点就着火, 简直是火灾现场, 脑爆炸), in a maths or physics problem,
        // in programming, in history, on a detector's name (一氧化碳报警器 with nothing sounding), a gadget that leaks, a pet hurt,
        // a moral dilemma posed ("着火的美术馆里只能救猫还是蒙娜丽莎").
        if (IsFigure(text, index, length, sentence) || TellsTheWritersState(text, index, length) || AsksWhatWordsMean(text) || InsideIdiom(text, index, length) || AngerMakesIll(clause) || TellsAPlot(text, index) || WordProblem(text) || (Programming(text) && !NamesEstatePlace(text))
            || (History().IsMatch(text) && !NamesEstatePlace(text)) || DetectorNamed(text, index + length)
            || (kind is CueKind.UrgentRepair or CueKind.UrgentPublic && Device().IsMatch(clause) && !NamesEstatePlace(text))
            || (AsksAboutAGadget(text) && !NamesEstatePlace(text))
            || (kind == CueKind.Emergency && (PetOnly(text) || OwnPetOnly(text) || PetRightBefore(text, index) || FurnitureLegAt(text, index))) || (kind != CueKind.Emergency && (CutForABalance(text) || SoakedOnPurpose(text, index, length))) || PosesADilemma(text))
        {
            return null;
        }

        // Somewhere that is not the estate (a hotel, a car on the motorway, a train, a plane, a stadium, another town or
        // country), with nothing of the estate named: nobody here can be sent. Someone may still be in danger there: the
        // dialogs ask with one tap (PossibleDanger); a knowledge question about it raises nothing.
        if (IsElsewhere(text) || (AnotherEstate().IsMatch(clause) && !OwnEstate().IsMatch(clause)))
        {
            return kind == CueKind.Emergency && !AsksKnowledge(sentence) && !News().IsMatch(text) ? CueStrength.Topic : null;
        }

        if (JustAsking().IsMatch(text) || (kind != CueKind.Emergency && OrdinaryCase(text, clause, cue)) || (kind == CueKind.UrgentPublic && ShopsOwnEquipment(text))
            || (kind == CueKind.Emergency && (CouldFallIn(text, index + length, sentence, cue) || (LiftCue().IsMatch(cue) && !SpeaksOfBurning(cue) && EmptyLift().IsMatch(text)))))
        {
            return null;
        }

        if ((kind is CueKind.Emergency or CueKind.Neighbor && NegatedInside().IsMatch(cue)) || (kind == CueKind.Emergency && NearMissInside().IsMatch(cue)) || (kind == CueKind.Neighbor && (StaffNamed().IsMatch(cue) || WorksOnlyCauseDamageOrAskAPrice(text) || NuisanceFromBeyondTheFence(text) || (PlannedWork().IsMatch(cue) && !NowOrEmergencyNumber().IsMatch(text)))) || (kind == CueKind.Emergency && EverydaySense(text, clause, cue)))
        {
            return null;
        }

        if (IsUrgent(text) || !(AsksHowTo(sentence) || (kind == CueKind.Emergency && AskingAbout(sentence))))
        {
            return CueStrength.Firm;
        }

        // "電箱那裡一直有劈啪聲還有火光，這樣正常嗎": whether what keeps going on is normal — a report asking for reassurance
        // (not "燃气灶火苗发红正常吗", a question about what something means).
        if (kind != CueKind.Emergency || MentionsTheEstate(text) || NamesSomeoneInParticular(sentence) || (AsksWhetherItIsNormal().IsMatch(text) && StillGoing().IsMatch(sentence)))
        {
            return CueStrength.Tentative;
        }

        // A general question naming nobody and nothing of the estate: about something that has just happened
        // (骨折了怎么办) it may hide a person in danger; otherwise (烧伤面积怎么计算) it is knowledge, no cue.
        return JustHappened(text, index + length) ? CueStrength.Topic : null;
    }

    /// <summary>"盲人走过去要掉下去的": what would happen, said with 要…的 — not what is happening.</summary>
    private static bool WouldHappen(string text, int index, int length) =>
        text.AsSpan(index, length).Contains('要') && text.AsSpan(index + length).StartsWith("的", StringComparison.Ordinal);

    /// <summary>"电梯停了有股烧焦的味道": a lift burning endangers the building whether or not anyone is inside it.</summary>
    private static bool SpeaksOfBurning(string cue) => Burning().IsMatch(cue) || SmokeCue().IsMatch(cue);

    /// <summary>A call for help, or "now", or an emergency number: a question with it is a report, not a how-to.</summary>
    private static bool IsUrgent(string text) =>
        CallForHelp().IsMatch(text) || NowOrEmergencyNumber().IsMatch(NumberAskedAbout().Replace(text, "")) || AsksHowSerious().IsMatch(text);

    /// <summary>
    /// "先打119还是先打你们物业电话", "要不要打120", "除了打119还要打哪个电话": an emergency number asked about as a choice —
    /// no sign of a call now.
    /// </summary>
    [GeneratedRegex("(?:要不要|该不该|需不需要|用不用|是不是要?|是否要?)(?:先)?打(?:119|120|110)|打(?:119|120|110)还是|还是(?:先)?打(?:119|120|110)|除了(?:打)?(?:119|120|110)")]
    private static partial Regex NumberAskedAbout();

    /// <summary>"插座那儿滋滋响还冒火星子，要紧吗": asking how serious it is — what is described is happening to the writer.</summary>
    [GeneratedRegex("要紧吗|要不要紧|严不严重|严重吗|打紧吗|碍事吗")]
    private static partial Regex AsksHowSerious();

    /// <summary>True when the message names a home, a building, a public area or asks for help — an alarm word there is about the estate.</summary>
    public static bool MentionsTheEstate(string text) => EstateAnchor().IsMatch(text) || (HasLatin(text) && EstateAnchorInEnglish().IsMatch(text));

    /// <summary>"消防通道被1703家的旧柜子堵了": a shared passage of the building, or a household named by its flat — the estate.</summary>
    public static bool NamesAPassageOrAHousehold(string text) => PassageOrHousehold().IsMatch(text);

    /// <summary>"the pipe under our water heater", "I'm the tenant at building 6 unit 2 room 1803": the writer's own home, in English.</summary>
    public static bool NamesOwnHomeInEnglish(string text) => HasLatin(text) && OwnHomeInEnglish().IsMatch(text);

    /// <summary>"我家水龙头还是一滴水都没有": the writer's own home, not the whole building ("整栋楼都停水了").</summary>
    public static bool NamesOwnHomeOnly(string text) => OwnHomeInChinese().IsMatch(text) && !WholeBuildingOrMore().IsMatch(text);

    [GeneratedRegex("我家|我们家|家里|屋里|屋头|我屋")]
    private static partial Regex OwnHomeInChinese();

    /// <summary>"书房电脑桌底下", "厨房里", "家里": a room of a home, and no shared place beside it.</summary>
    public static bool TellsOfARoomAtHome(string text) => (OwnHomeInChinese().IsMatch(text) || RoomOfAHome().IsMatch(text)) && !SharedPlace().IsMatch(text);

    [GeneratedRegex("书房|卧室|主卧|次卧|客厅|厨房|卫生间|洗手间|浴室|厕所|阳台|房间里|儿童房")]
    private static partial Regex RoomOfAHome();

    /// <summary>"泳池旁边那个设备房，门缝底下一直往外冒水": a shared place, and no home or room of one beside it.</summary>
    public static bool TellsOfASharedPlaceOnly(string text) => SharedPlace().IsMatch(text) && !OwnHomeInChinese().IsMatch(text) && !RoomOfAHome().IsMatch(text) && !NamesOwnHomeInEnglish(text);

    /// <summary>"主卧天花板鼓了个大包": a room of a home, inside it — not "阳台外面的雨水管" (the building's, outside).</summary>
    public static bool TellsOfARoomInsideAHome(string text) => TellsOfARoomAtHome(text) && !OutsideTheRoom().IsMatch(text);

    [GeneratedRegex("(阳台|窗|窗户|露台)(的)?(外面|外边|外头|外侧|外墙)")]
    private static partial Regex OutsideTheRoom();

    [GeneratedRegex("楼道|走廊|大堂|门厅|电梯|楼梯|车库|地库|停车场|花园|小区门口|大门|南门|北门|东门|西门|会所|泳池|广场|绿化|配电房|设备房|天台|楼顶|公共")]
    private static partial Regex SharedPlace();

    [GeneratedRegex("整栋|整幢|全楼|整个(楼|单元|小区)|全小区|大家|别家|邻居(家)?也|都停|全部停|一整栋")]
    private static partial Regex WholeBuildingOrMore();

    [GeneratedRegex("\\b(my|our) (flat|apartment|home|place|bathroom|kitchen|bedroom|living room|toilet|loo|ceiling|water heater|boiler)\\b|\\b(room|flat|unit|apt) ?#?\\d{3,4}\\b|\\b\\d-\\d-\\d{3,4}\\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnHomeInEnglish();

    /// <summary>True when the clause holding the cue asks something (明天停水吗, 下周二是不是要停水检修) rather than reports it.</summary>
    public static bool InAQuestion(string text, int index) => QuestionWord().IsMatch(Clause(text, index));

    /// <summary>
    /// True when the message is plainly not a report of something happening at the estate: a title or quotation, a
    /// song or game request, a dream or a story, a knowledge question naming no home or building, a figure of speech,
    /// a gadget's battery. A fast class the model reads into such a message, with no cue behind it, is dropped.
    /// </summary>
    private static readonly SearchValues<char> TitleMarks = SearchValues.Create("《「“\"");

    public static bool IsNotLiteral(string text) =>
        text.AsSpan().IndexOfAny(TitleMarks) >= 0 || RequestsMedia(text) || Fiction().IsMatch(text) || InAGame(text) || WritingTask().IsMatch(text) || Joke().IsMatch(text) || PastGrievance().IsMatch(text)
        || ReviewsAProduct(text) || SafetyKitUpkeep().IsMatch(text)
        || ((AsksKnowledge(text) || AsksGeneralKnowledge(text)) && !MentionsTheEstate(text)) || (FigurativeCue().IsMatch(text) && Figurative().IsMatch(text))
        || GadgetBattery().IsMatch(text) || Exaggeration().IsMatch(text)
        || WordProblem(text) || Programming(text) || (History().IsMatch(text) && !NamesEstatePlace(text)) || IsElsewhere(text)
        || (ProductQuestion().IsMatch(text) && !NamesEstatePlace(text)) || SpeaksInFigures(text) || SpeaksOfMoods(text) || ThanksForThePast(text) || AsksWhatWordsMean(text) || SpeaksOfTheWritersState(text)
        || TalksOfAGameAStreamOrAScene(text) || (HasLatin(text) && AllFineInEnglish().IsMatch(text)) || NamesADisasterAsNews(text) || IsABareDisasterWord(text) || PlaysWithWords(text) || ReadsAnOmen(text);

    /// <summary>The message with its moods and exaggerations (烦死了, 气死我了, 要疯了) taken out.</summary>
    public static string WithoutMoodWords(string text) => Exaggeration().Replace(text, "，");

    /// <summary>
    /// True for a message in English only (no Chinese) that names no one (no I, my, we, a room number) and nothing of the
    /// estate: "solve 2x + 7 = 19", "recommend some video games". Owners writing in English say who and where.
    /// </summary>
    public static bool EnglishNamingNoOne(string text) =>
        HasLatin(text) && !HasChinese(text) && !PersonalInEnglish().IsMatch(text) && !RoomNumber().IsMatch(text) && !EstateAnchorInEnglish().IsMatch(text) && !HazardInEnglish().IsMatch(text) && !EstateAnchor().IsMatch(text);

    /// <summary>True when the message is nothing but an address: building, unit, room (in Chinese or English), perhaps "I live in".</summary>
    public static bool AddressOnly(string text) => text.Length <= 60 && (AddressAlone().IsMatch(text) || (HasLatin(text) && AddressAloneInEnglish().IsMatch(text)));

    /// <summary>A place elsewhere named, or news of one, and nothing of the estate: a hotel, a car on the road, a train, a stadium, another town.</summary>
    private static bool IsElsewhere(string text)
    {
        var said = WithoutTheWriterAway(text);
        // "我朋友住别的小区，他说他们那电梯昨天困人了": another estate named outright — its lift is not ours.
        return (Elsewhere().IsMatch(said) && !NamesEstatePlace(said)) || ((News().IsMatch(said) || AnotherEstate().IsMatch(said)) && !OwnEstate().IsMatch(said));
    }

    /// <summary>
    /// "我在外地", "我们全家都在国外": the writer is away — removed, for what they report is still at home. So is a journey
    /// home ("刚下飞机回来", "从外地回来"): what is found on arriving is here.
    /// </summary>
    private static string WithoutTheWriterAway(string text) =>
        BackFromAway().Replace(text.Contains('在', StringComparison.Ordinal) ? WriterAway().Replace(text, "") : text, "");

    [GeneratedRegex("(刚|刚刚)?(下了?飞机|下了?高铁|下了?火车|从(外地|外省|国外|海外|老家|机场|火车站|高铁站)|出差|旅游|度假|旅行)[^，。,.!！?？]{0,6}(回来|回到家|回家|到家|回到小区)")]
    private static partial Regex BackFromAway();

    [GeneratedRegex("(我|我们|我人|全家|一家人|家里人|我老公|我老婆)(现在|人|都|也|正|还)*(在|去了)(外地|外省|(?<!在)(国外|海外)|老家|出差)")]
    private static partial Regex WriterAway();

    /// <summary>A place of the estate or a home named (not a call for help, not a lift or a room, which hotels and trains have too).</summary>
    private static bool NamesEstatePlace(string text) => EstatePlace().IsMatch(text);

    private static bool WordProblem(string text) => MathsProblem().IsMatch(text) || (HasLatin(text) && MathsInEnglish().IsMatch(text));

    private static bool Programming(string text) => Code().IsMatch(text);

    /// <summary>A pet is the one hurt or in trouble, and no person is named.</summary>
    public static bool PetOnly(string text) => Pet().IsMatch(text) && !PersonNamed().IsMatch(text) && !MentionsTheEstate(text.Replace("报警", "", StringComparison.Ordinal))
        && !FireNamed().IsMatch(text);

    /// <summary>"狗撞倒小太阳着火了", "鹦鹉把电线咬破了，插座在冒火星子": a fire is a fire, whoever started it.</summary>
    [GeneratedRegex("着火|起火|烧起来|冒烟|火灾|火星|火花")]
    private static partial Regex FireNamed();

    /// <summary>The cue names a detector (一氧化碳报警器, 烟雾探测器) and nothing says it is sounding.</summary>
    private static bool DetectorNamed(string text, int end) =>
        Detector().IsMatch(text.AsSpan(end, Math.Min(4, text.Length - end))) && !Sounding().IsMatch(text);

    /// <summary>
    /// "难到我要晕倒", "打到我想晕倒", "看到账单我当场晕倒", "我要着火了", "一点就着火", "简直是火灾现场", "脑爆炸", "内存爆炸":
    /// an alarm word used as a figure of speech. A third person named, or a call for help, keeps a faint literal.
    /// </summary>
    private static bool IsFigure(string text, int index, int length, string sentence)
    {
        var cue = text.AsSpan(index, length);
        var start = ClauseStart(text, index);
        var prefix = text.AsSpan(start, index - start);
        var after = text.AsSpan(index + length, Math.Min(4, text.Length - index - length));
        if (AbstractInAlarmWords().IsMatch(sentence) && !NamesEstatePlace(text))
        {
            return true;
        }

        if (FaintCue().IsMatch(cue))
        {
            return !ThirdPerson().IsMatch(prefix) && !RealHelp().IsMatch(text)
                && (FaintFigure().IsMatch(prefix) || (prefix.EndsWith("当场", StringComparison.Ordinal) && Reaction().IsMatch(sentence))
                    || LaughedOff().IsMatch(text.AsSpan(index + length)));
        }

        if (cue.SequenceEqual("着火") || cue.SequenceEqual("起火") || cue.SequenceEqual("自燃"))
        {
            return FireFigure().IsMatch(prefix);
        }

        if (cue.StartsWith("火灾", StringComparison.Ordinal) || cue.StartsWith("车祸", StringComparison.Ordinal))
        {
            return after.StartsWith("现场", StringComparison.Ordinal) && Likening().IsMatch(prefix);
        }

        // "感觉快被淹没了" (by debts, by work): flooding with no water and nothing of the estate named.
        if (cue.Contains('淹') && after.StartsWith("没", StringComparison.Ordinal) && !text.Contains('水', StringComparison.Ordinal) && !NamesEstatePlace(text))
        {
            return true;
        }

        return cue.SequenceEqual("爆炸") && (BoomFigureBefore().IsMatch(prefix) || FeelingToExploding().IsMatch(prefix) || BoomFigureAfter().IsMatch(after));
    }

    /// <summary>Cigarette ends, cooking smoke, incense: everyday smoke that makes no model-only emergency.</summary>
    public static bool EverydaySmokeOnly(string text) => EverydaySmoke().IsMatch(text) && !Burning().IsMatch(text) && !SmokeSpreadsWherePeopleAre(text);

    /// <summary>"fire extinguisher on 15F of 3栋 is missing", "楼道灭火器过期了": safety equipment missing, empty or out of date, nothing burning.</summary>
    public static bool SafetyKitMissing(string text) => SafetyKitGone().IsMatch(text) && !Burning().IsMatch(text);

    [GeneratedRegex("(灭火器|消防栓|消火栓|消防水带|水带|烟感|应急灯|安全出口(指示)?灯|(?i:fire (extinguisher|hose|blanket)s?|extinguishers?|smoke (detector|alarm)s?|exit signs?|emergency lights?))[^，。,.!！?？]{0,20}(不见了|没了|丢了|被偷|过期|空了|坏了|不亮|(?i:missing|gone|stolen|expired|out of date|empty|broken|not working|removed))")]
    private static partial Regex SafetyKitGone();

    /// <summary>True when the message names the night's quiet hours ("夜里十二点多", "凌晨", "at midnight").</summary>
    public static bool AtNight(string text) => NightHours().IsMatch(text);

    /// <summary>True when the message is about public equipment heard in the daytime, outside quiet hours.</summary>
    public static bool IsDaytimeEquipmentNoise(string text) =>
        Equipment().IsMatch(text) && NoiseWord().IsMatch(text) && ((Daytime().IsMatch(text) && !RestTime().IsMatch(text)) || NotDisturbing().IsMatch(text));

    /// <summary>
    /// True when the message reports its problem as put right (现在修好了, 已经来电了) with nothing still going on and
    /// no call for help: a past report, whatever it then asks.
    /// </summary>
    public static bool ReportsResolved(string text) =>
        (ResolvedNow().IsMatch(text) || (HasLatin(text) && ResolvedInEnglish().IsMatch(text))) && !StillGoing().IsMatch(text) && !CallForHelp().IsMatch(text);

    /// <summary>True when the message says nobody is in danger (没人在里面, 还好没人受伤, nobody inside).</summary>
    public static bool SaysNobodyInDanger(string text) => NobodyInDanger().IsMatch(text);

    /// <summary>True when the owner says they are only asking (就问问, just asking), or asks whether a cut is announced.</summary>
    public static bool OnlyAsking(string text) => JustAsking().IsMatch(text) || AsksAboutTheNotice().IsMatch(text) || AsksWhetherTheWaterWentDown().IsMatch(text);

    /// <summary>"平时停电会提前通知吗": whether a cut is announced, asked.</summary>
    public static bool AsksWhetherACutIsAnnounced(string text) => AsksAboutTheNotice().IsMatch(text);

    /// <summary>"你们停水之前会不会先通知的…还以为家里水管出问题了": whether a cut is announced, asked — not a fault now.</summary>
    [GeneratedRegex("(停水|停电|停气|断水|断电|停梯|检修|施工)((之前|前|以前)[^，。,.!！?？]{0,8}" + WhetherAnnounced + "[^，。,.!！?？]{0,4}(提前|先)?|[^，。,.!！?？]{0,3}" + WhetherAnnounced + "(提前|先))(发个?|贴个?)?" + NoticeWords)]
    private static partial Regex AsksAboutTheNotice();

    /// <summary>The question whether a cut is announced: "会不会", "能不能"… (followed by 提前/先 and a notice word).</summary>
    private const string WhetherAnnounced = "(会不会|会|能不能|能|要不要|有没有|可不可以)";

    /// <summary>True when the message says the problem is back (又漏了, 又停电了): a new occurrence, not a follow-up.</summary>
    public static bool HappensAgain(string text) => Again().IsMatch(text);

    /// <summary>True when the message follows up a request already made (报修了…师傅还没来): answered from the ticket.</summary>
    public static bool FollowsUp(string text) => FollowUp().IsMatch(text);

    /// <summary>True for a how-to question about a supposed situation, with nothing urgent in it ("如果停水了怎么办").</summary>
    public static bool IsHypotheticalQuestion(string text) =>
        ((Supposes(text) && (AsksHowTo(text) || text.Contains('吗', StringComparison.Ordinal) || text.Contains('?', StringComparison.Ordinal) || text.Contains("会不会", StringComparison.Ordinal)
            || WhichOfTwo().IsMatch(text)))
            || SupposedMoment().IsMatch(text))
        && !IsUrgent(text);

    /// <summary>"要是再碰到这种情况，是直接打你们电话还是要打自来水公司啊": which of two to do, asked.</summary>
    [GeneratedRegex("是[^，。,.!！?？]{0,16}还是[^，。,.!！?？]{1,16}(啊|呢|呀|吧)?[。.！!]?$")]
    private static partial Regex WhichOfTwo();

    /// <summary>True when the clause before the cue negates it or makes it hypothetical.</summary>
    public static bool IsNegated(string text, int index)
    {
        var start = ClauseStart(text, index);
        var prefix = text.AsSpan(start, index - start);
        if (prefix.EndsWith("是不是", StringComparison.Ordinal) || prefix.EndsWith("是否", StringComparison.Ordinal) || prefix.EndsWith("会不会是", StringComparison.Ordinal)
            || prefix.EndsWith("有没有", StringComparison.Ordinal))
        {
            return false;
        }

        // "真着火了大家往哪跑？": "if it really did", asked what then — supposed, not happening.
        if ((prefix.EndsWith('真') || prefix.EndsWith("真的", StringComparison.Ordinal)) && AskedWhatThen().IsMatch(text.AsSpan(index)) && !CallForHelp().IsMatch(text))
        {
            return true;
        }

        var window = prefix.Length > 6 ? prefix[^6..] : prefix;
        return prefix.EndsWith('不') || DeniedInEnglish(prefix) || OrElse().IsMatch(prefix) || (prefix.EndsWith('防') && !prefix.EndsWith("消防", StringComparison.Ordinal)) || NegationOrHypothesis().IsMatch(window) || Supposes(text.AsSpan(SentenceStart(text, index), index - SentenceStart(text, index)));
    }

    /// <summary>True when the words right before the cue deny it (不是漏水, 没着火, 并没有停电): the owner rules it out.</summary>
    public static bool IsDenied(string text, int index)
    {
        var start = ClauseStart(text, index);
        return Denial().IsMatch(text.AsSpan(start, index - start)) || DeniedInEnglish(text.AsSpan(start, index - start));
    }

    /// <summary>"Not a flood, just a steady drip", "there's no smoke": the English word right before the cue denies it.</summary>
    private static bool DeniedInEnglish(ReadOnlySpan<char> prefix) => EnglishDenial().IsMatch(prefix);

    [GeneratedRegex(@"\b(?:not|no|isn't|wasn't|never)\s+(?:(?:a|an|any|really|actually)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDenial();

    private static bool IsHypotheticalAfter(string text, int end)
    {
        var stop = ClauseEnd(text, end);
        return HypothesisAfter().IsMatch(text.AsSpan(end, stop - end));
    }

    /// <summary>
    /// "非要等烧起来吗", "是想等着火了才管吗", "等它砸到人再来？": the owner's angry "will you wait until it happens?" —
    /// it has not happened. The danger they point at is reported by its other words, if any.
    /// </summary>
    private static bool WaitsUntil(string text, int index, int length)
    {
        var start = ClauseStart(text, index);
        var end = index + length;
        return WaitFor().IsMatch(text.AsSpan(start, index - start))
            && UntilThen().IsMatch(text.AsSpan(end, Math.Min(ClauseEnd(text, end) - end + 1, text.Length - end)));
    }

    [GeneratedRegex("等(着|到)?[^，。,.!！?？]{0,3}$")]
    private static partial Regex WaitFor();

    [GeneratedRegex("^(了)?(人)?(才|再|吗|？|\\?|你们才|物业才)")]
    private static partial Regex UntilThen();

    private static bool IsResolvedAfter(string text, int index, int length)
    {
        var end = index + length;
        var rest = text.AsSpan(end, Math.Min(40, text.Length - end));
        if (!Resolved().IsMatch(rest) || StillGoing().IsMatch(rest))
        {
            return false;
        }

        // "热水器轰一声冒火了，我人已经出来了": the people got out of a fire, and the fire still burns; so does a gas smell
        // ("厨房里那股味还是越来越重，我人已经出来了").
        var cue = text.AsSpan(index, length);
        if (!FireOrSmoke().IsMatch(cue) && !GasWord().IsMatch(cue) && !SmellGrowing().IsMatch(cue))
        {
            return true;
        }

        foreach (var resolved in Resolved().EnumerateMatches(rest))
        {
            if (!GotOut().IsMatch(rest.Slice(resolved.Index, resolved.Length)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("火|烟|烧|爆")]
    private static partial Regex FireOrSmoke();

    [GeneratedRegex("出(了)?来")]
    private static partial Regex GotOut();

    [GeneratedRegex("(味|味道|气味)[^，。,.!！?？]{0,4}(越来越|更)(重|浓|大|冲)")]
    private static partial Regex SmellGrowing();

    [GeneratedRegex("(这样|这个|这|这种情况|这种)?(是)?正常(现象)?(吗|不|嘛|吧)|是不是正常|正不正常|(?i:is (it|this|that) normal)")]
    private static partial Regex AsksWhetherItIsNormal();

    private static bool AskingAbout(string sentence)
    {
        // "也不知道是哪家在烧什么东西": what the writer does not know is told, not asked.
        sentence = IndirectQuestion().Replace(sentence, "");
        return AsksKnowledge(sentence) || GeneralQuestion().IsMatch(sentence) || QuestionWord().IsMatch(sentence) || sentence.Contains('谁', StringComparison.Ordinal);
    }

    /// <summary>The cue is followed by 了 (骨折了, 烫伤了): something that has happened to someone, not a topic.</summary>
    private static bool JustHappened(string text, int end) => end < text.Length && text[end] == '了';

    /// <summary>
    /// "蜂箱，这几天蜜蜂老往我家阳台飞，昨天我女儿还被蛰了": a cue that names the animal or the thing first and the event in a
    /// later clause is past when a time in the past leads that clause and nothing is still going on or called for.
    /// </summary>
    private static bool EventClauseIsPast(string text, int index, int length)
    {
        var end = index + length - 1;
        var start = ClauseStart(text, end);
        if (start <= index)
        {
            return false;
        }

        var clause = text[start..(end + 1)];
        return PastMarker().Match(clause) is { Success: true, Index: <= 2 } && !StillGoing().IsMatch(Clause(text, end)) && !CallForHelp().IsMatch(Sentence(text, end));
    }

    /// <summary>Past when a time in the past names the cue itself (上次停水以后…) or leads its sentence with nothing still going on.</summary>
    private static bool IsPast(string sentence, string text, int index)
    {
        var start = SentenceStart(text, index);
        var prefix = text.AsSpan(start, index - start);
        // "去年那次家里水管爆了": any time in the past right before the cue (the nearest of several) names it.
        for (var marker = PastMarker().Match(text, start, index - start); marker.Success; marker = marker.NextMatch())
        {
            if (index - (marker.Index + marker.Length) <= 2)
            {
                return true;
            }
        }

        // A story of the past told to say thanks ("去年那次…你们来得快…一直想说声谢谢") stays past, whatever "一直" it holds.
        // "上个月…绊倒，骨折到现在…一直没人管": an injury still healing, or a grievance that nobody acted, is no danger going on.
        var going = StillGoing().IsMatch(InjuryHealing().Replace(sentence, ""));
        return PastMarker().IsMatch(prefix) && (!going || (Thanks().IsMatch(sentence) && !BackNow().IsMatch(sentence))) && !CallForHelp().IsMatch(sentence);
    }

    [GeneratedRegex("(骨折|受伤|摔伤|烫伤|扭伤|住院|打着石膏|打石膏|拄着拐|拄拐)[^，。,.!！?？]{0,4}(到现在|至今|还没好|都没好|还在养|还躺着)|(一直|还是|到现在都|至今)(都)?(没人管|没人理|没人处理|没处理|没修)")]
    private static partial Regex InjuryHealing();

    /// <summary>
    /// A dripping tap or shower head to replace, a slow drain that leaves water on the floor, public equipment heard
    /// in the daytime: the everyday cases the standard puts in a slower class.
    /// </summary>
    private static bool OrdinaryCase(string text, string clause, string cue) =>
        (LeakWord().IsMatch(cue) && Fitting().IsMatch(clause))
        || (cue.Contains("喷水", StringComparison.Ordinal) && (Sprinkler().IsMatch(clause) || ShowerHead().IsMatch(clause)))
        || (LeakWord().IsMatch(cue) && Stain().IsMatch(text) && !Dripping().IsMatch(text))
        || (StandingWater().IsMatch(cue) && SlowDrain().IsMatch(text))
        || (StandingWater().IsMatch(cue) && Laundry().IsMatch(clause))
        || (Spray().IsMatch(cue) && (ShowerHead().IsMatch(text) || text.Contains("龙头", StringComparison.Ordinal)) && cue.IndexOfAny(['断', '裂']) < 0)
        || (NoiseWord().IsMatch(cue) && ((Daytime().IsMatch(text) && !RestTime().IsMatch(text)) || NotDisturbing().IsMatch(text)));

    /// <summary>
    /// "井盖没了…老人掉下去咋整": a fall that has not happened, asked about next to the hole that could cause it. The
    /// hole is the report (a public hazard); a fall that has happened (掉下去了怎么办) or a call for help still counts.
    /// </summary>
    private static bool CouldFallIn(string text, int end, string sentence, string cue) =>
        FallInto().IsMatch(cue) && AsksHowTo(sentence) && !IsUrgent(text)
        && text.AsSpan(end, ClauseEnd(text, end) - end).IndexOf('了') < 0;

    /// <summary>
    /// The part of "不是煤气味，是楼下火锅店排烟" / "家里没着火 就是楼道灯闪" after the owner rules something out: what the
    /// message is about. Null when the message does not open that way.
    /// </summary>
    public static string? Contrasted(string text) =>
        Contrast().Match(text) is { Success: true } m ? m.Groups["said"].Value : null;

    /// <summary>True when a short correction's new value names a fault ("是浴霸暖风不出热风"), not just a place or a number.</summary>
    public static bool NamesAFault(string text) => Fault().IsMatch(text);

    private static bool RequestsMedia(string text) => MediaRequest().IsMatch(text) || (HasLatin(text) && MediaRequestInEnglish().IsMatch(text));

    private static bool AsksKnowledge(string text) => KnowledgeQuestion().IsMatch(text) || (HasLatin(text) && KnowledgeQuestionInEnglish().IsMatch(text));

    private static bool NamesSomeone(string text) => Personal().IsMatch(text) || (HasLatin(text) && PersonalInEnglish().IsMatch(text));

    /// <summary>
    /// "老人抽搐是什么原因", "孩子被烫伤怎么处理": a kind of person that opens a question and nothing else ("old people",
    /// "children") is nobody in particular; "我家老人", "有个老人", "我妈", and a child described as they are now ("宝宝发烧抽筋了，
    /// 眼睛往上翻，怎么办啊", "小孩刚才…") are someone.
    /// </summary>
    private static bool NamesSomeoneInParticular(string sentence) =>
        NamesSomeone(OnlyAsks(sentence) && !HappeningNow().IsMatch(sentence) ? KindOfPersonFirst().Replace(sentence, "", 1) : sentence);

    /// <summary>Every clause of the sentence asks something: no state is described beside the question.</summary>
    private static bool OnlyAsks(string sentence)
    {
        foreach (var clause in sentence.Split(ClauseBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!AsksInTheClause().IsMatch(clause))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("怎么|什么|吗|哪|几|多少|要不要|是不是|能不能|可不可以|如何|为什么|为啥|还是|咋")]
    private static partial Regex AsksInTheClause();

    [GeneratedRegex("刚|现在|正在|在哭|这会|今天|今晚|今早|你们|来人|来个人|派人|快点|救命")]
    private static partial Regex HappeningNow();

    [GeneratedRegex("^\\s*(请问|想问(一)?下|问(一)?下|咨询(一)?下)?[,，\\s]*(老年人|老人家|老人|孩子|小孩|宝宝|婴儿|小朋友|儿童|幼儿|新生儿)")]
    private static partial Regex KindOfPersonFirst();

    private static bool AsksHowTo(string text) => HowToQuestion().IsMatch(text) || (HasLatin(text) && HowToQuestionInEnglish().IsMatch(text));

    private static bool Supposes(ReadOnlySpan<char> text) =>
        SentencePrefixHypothesis().IsMatch(text) || (HasLatin(text) && (HypothesisInEnglish().IsMatch(text) || IfBeforeChinese().IsMatch(text) || HypothesisReportedInEnglish().IsMatch(text)));

    /// <summary>"就想问下，if 以后半夜再跳闸推不上去…": an English "if" in a Chinese sentence supposes as 如果 does.</summary>
    [GeneratedRegex(@"(?i)\b(if|in case)\s?(?=[\u4e00-\u9fff])")]
    private static partial Regex IfBeforeChinese();

    /// <summary>The English half of a pattern is tried only on text with Latin letters: most messages have none.</summary>
    private static bool HasLatin(ReadOnlySpan<char> text) => text.ContainsAnyInRange('a', 'z') || text.ContainsAnyInRange('A', 'Z');

    /// <summary>True when the cue sits inside 《》, 「」 or quotation marks: a title or a quotation, not an event.</summary>
    private static bool InTitleOrQuotation(string text, int index)
    {
        foreach (var (open, close) in Brackets)
        {
            var before = text.LastIndexOf(open, index);
            if (before >= 0 && (open == close ? text[..index].Count(c => c == open) % 2 == 1 : text.IndexOf(close, before) is var after && (after < 0 || after >= index)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the cue is inside an English phrase in Title Case within a Chinese message ("I'm on Fire是哪一年发行的",
    /// "我想听Ring of Fire"): a song, film or book title. Read as one only when the message names nothing of the estate
    /// and calls for no help; owners who mix in English write the alarm word alone or in capitals ("厨房 on fire").
    /// </summary>
    private static bool InEnglishTitle(string text, int index)
    {
        if (!char.IsAsciiLetter(text[index]) || !HasChinese(text))
        {
            return false;
        }

        var start = index;
        while (start > 0 && IsTitleChar(text[start - 1]))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && IsTitleChar(text[end]))
        {
            end++;
        }

        var capitalised = 0;
        foreach (var word in text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            capitalised += word.Length > 1 && char.IsAsciiLetterUpper(word[0]) && word.Skip(1).Any(char.IsAsciiLetterLower) ? 1 : 0;
        }

        return capitalised >= 2;
    }

    private static bool IsTitleChar(char c) => char.IsAsciiLetter(c) || c is ' ' or '\'' or '-';

    private static bool HasChinese(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff')
            {
                return true;
            }
        }

        return false;
    }

    private static readonly (char Open, char Close)[] Brackets = [('《', '》'), ('「', '」'), ('“', '”'), ('"', '"'), ('『', '』')];

    private static bool EverydaySense(string text, string clause, string cue)
    {
        if ((Burning().IsMatch(cue) || SmokeCue().IsMatch(cue) || cue.Contains("smoke", StringComparison.OrdinalIgnoreCase)) && !IsGasCue(cue) && OfferingsBurntOnly(text))
        {
            return true;
        }

        if (FigurativeCue().IsMatch(cue) && Figurative().IsMatch(clause))
        {
            return true;
        }

        if (SmokeCue().IsMatch(cue) && !cue.Contains('火', StringComparison.Ordinal) && !cue.Contains('警', StringComparison.Ordinal) && !cue.Contains("烟感", StringComparison.Ordinal) && !Furnishing().IsMatch(cue)
            && !ChargingGoneWrong().IsMatch(text) && !SmokeGrowing().IsMatch(text) && !SmokeSpreadsWherePeopleAre(text)
            && (EverydaySmoke().IsMatch(EverydaySourceDenied().Replace(ThickSmokeCue().IsMatch(cue) ? text.Replace("烟味", "", StringComparison.Ordinal) : text, "")) || (IsHaze(cue) && EverydayHaze().IsMatch(text))))
        {
            return true;
        }

        if ((cue.Contains('锁', StringComparison.Ordinal) && Sulking().IsMatch(text)) || (RottenEggs().IsMatch(cue) && DrainSmell().IsMatch(text)))
        {
            return true;
        }

        if (UnresponsiveCue().IsMatch(cue) && OnDutyStaff().IsMatch(text) && !LyingOnTheGround().IsMatch(text))
        {
            return true;
        }

        // A hurt person asking for a service, or a scuffle reported as a staff complaint, is not a call for help now.
        return InjuryCue().IsMatch(cue) && (NotAnEmergencyNow().IsMatch(text) || (OnDutyStaff().IsMatch(text) && Assault().IsMatch(text)));
    }

    /// <summary>
    /// Where the text after the last words that drop one matter for another ("算了不说这个", "今天我要说的是") begins — or that
    /// end a comparison or a story and turn to what happens here ("在老家见过煤气中毒，就是这样：我老公…站不起来",
    /// "以前房东说煤气泄漏要先开窗，我现在开了窗，但是厨房里那股味还是越来越重").
    /// </summary>
    internal static int TopicSwitchBefore(string text, int index)
    {
        var cut = 0;
        for (var m = TopicSwitch().Match(text, 0, index); m.Success; m = m.NextMatch())
        {
            cut = m.Index + m.Length;
        }

        return cut;
    }

    [GeneratedRegex("(?<=(以前|之前|老家|上次|那时|小时候|听说|说过|见过)[^。.!！?？]{0,40}[，,：:。])(我|我们|家里)?(现在|这会儿|此刻)(?!(的时候)?(想|问|回想|回忆|说起))|(就是这样|也是这样|就是这个样子|就是这种(味|味道|情况|样子)|(跟|和)(现在|这个|这次)一(样|模一样)|一模一样)[：:，,。!！]|(算了)?(先)?不说(这个|那个)(了)?|(不过|但是)?(这个|那个)(事)?(不着急|不急|先放一放)|(等会|等会儿|回头|改天|晚点)再说|(今天|现在)?我(要|想)说的是|说正事|言归正传|最要紧的是")]
    private static partial Regex TopicSwitch();

    private static string Sentence(string text, int index)
    {
        var start = SentenceStart(text, index);
        var end = index;
        while (end < text.Length && !IsSentenceBreak(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static string Clause(string text, int index)
    {
        var start = ClauseStart(text, index);
        return text[start..ClauseEnd(text, index)];
    }

    private static int SentenceStart(string text, int index)
    {
        var i = index;
        while (i > 0 && !IsSentenceBreak(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int ClauseStart(string text, int index)
    {
        var i = index;
        while (i > 0 && !IsClauseBreakAt(text, i - 1))
        {
            i--;
        }

        return i;
    }

    private static int ClauseEnd(string text, int index)
    {
        var i = index;
        while (i < text.Length && !IsClauseBreakAt(text, i))
        {
            i++;
        }

        return i;
    }

    private static bool IsSentenceBreak(char c) => c is '.' or '!' or '?' or '。' or '！' or '？' or '…' or '\n';

    /// <summary>Punctuation breaks a clause; a space only between Chinese words (English words are spaced within a clause).</summary>
    private static bool IsClauseBreakAt(string text, int i) =>
        char.IsWhiteSpace(text[i])
            ? !(i > 0 && char.IsAscii(text[i - 1]) && i + 1 < text.Length && char.IsAscii(text[i + 1]))
            : IsClauseBreak(text[i]);

    private static bool IsClauseBreak(char c) =>
        char.IsWhiteSpace(c) || c is ',' or '.' or '!' or '?' or ';' or '，' or '。' or '！' or '？' or '；' or '~' or '～' or '…';

    [GeneratedRegex("没有(?!多久|多长)|没(?!多久|多长|多会|一会|几分钟|几秒|几耐)|不是|并非|并没|不要|不会|不用|差点|差一点|险些|以为|如果|假如|假设|要是|万一|防止|以防|预防|避免|担心|会不会|怕|未|尚未|还未|真要(?!命)|真的要是|就给|要给|会给|威胁|扬言|吓唬|容易|好易|小心|迟早|早晚(会|得|要)")]
    private static partial Regex NegationOrHypothesis();

    /// <summary>"…往哪跑？", "…怎么办": what to do then, asked right after the words a cue matched.</summary>
    [GeneratedRegex("^[^。.!！]{0,16}(怎么办|往哪|咋办|怎么跑|怎么逃|跑得出|逃得出|来得及|谁负责)")]
    private static partial Regex AskedWhatThen();

    /// <summary>"让点链接马上交，不然今天就停水停电": a threat of what happens otherwise has not happened.</summary>
    [GeneratedRegex("不然|否则|要不然")]
    private static partial Regex OrElse();

    /// <summary>如果, 万一…; and a sentence opening on "那真" — "那真着火了，除了打119还要打哪个电话": then, if it really happens.</summary>
    [GeneratedRegex("如果|假如|假设|要是|万一|若是|倘若|一旦|^\\s*那(?:要)?真(?:的)?(?![是在])")]
    private static partial Regex SentencePrefixHypothesis();

    /// <summary>An English message, or one of its sentences, that opens on a supposition: "If one lands on our balcony…", "what happens if…".</summary>
    [GeneratedRegex("(?:^|[.!?;。！？；]\\s*)\\s*(?:(?:hi|hello|hey|sorry|quick question|a question|question|just wondering|just asking|by the way|btw|also|and|so|ok|okay|one more thing)\\b[\\s,:!.\\-–—]*)*(if|in case|what if|suppose|supposing|what (should|do|would|can|must) (i|we|you|one) do (if|when)|what happens (if|when)|how (do|should|would|can) (i|we|you)\\b[^.!?]{0,30}\\b(if|when|in case))\\b", RegexOptions.IgnoreCase)]
    private static partial Regex HypothesisInEnglish();

    /// <summary>"…just want to know what I should do if it happens again": a question about "if", told rather than asked.</summary>
    [GeneratedRegex("\\b(know|ask|asking|wondering|wonder|tell me|find out) (what|how) (i|we|you|one) (should|can|could|would|must|need to|ought to) (do|handle it|deal with it)\\b[^.!?]{0,20}\\b(if|when|in case)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex HypothesisReportedInEnglish();

    [GeneratedRegex("^[^，,。.!！?？]{0,6}?的话")]
    private static partial Regex HypothesisAfter();

    [GeneratedRegex("(?<!没|没有|还没|未|不)(已经|已)?(修好了|好了|恢复了|已恢复|解决了|处理好了|处理完了|没事了|没事啦|没事儿了|(?<!叫他|让他|叫她|让她|叫人|把烟|烟头|烟|灯|灯也|灯都|灯全|灯光)灭了|扑灭了|来电了|来水了|排除了|救出来了|已经(自己)?出(了)?来(了)?|(弄|搞|疏)通了|通开了|现在没有了|现在没有|现在没了|现在没事|(说|检查|查了|看过)[^，。,.!！?？]{0,4}(没有漏|没漏|不漏|没问题)|(一点)?味(道)?都没(有)?了|后来(又)?(有了|有水了|有电了|来了|好了)|(水|电)(后来)?又(有了|来了)|又有(水|电)了|不漏了|不滴了|不响了|不吵了|不冒了|充好了|交好了|缴好了|早就好了|早好了|啥事没有|啥事都没有|什么事都没有|没出什么事|(?i:\\b(" + AllFineWords + "|fixed already|already fixed)\\b))")]
    private static partial Regex Resolved();

    /// <summary>"There was no power for an hour in 5栋 yesterday, what happened?": English past with nothing said to go on now.</summary>
    private static bool PastInEnglish(string sentence) => HasLatin(sentence) && EnglishPast().IsMatch(sentence) && !EnglishStillNow().IsMatch(sentence);

    [GeneratedRegex("\\b(yesterday|last (week|night|month|year|time)|the other day|(a few|a couple of|two|three|\\d+) days ago|earlier this (week|month))\\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishPast();

    [GeneratedRegex("\\b(still|again|(?<!\\b(gone|fine|ok|okay|over|stopped|better|normal|back|cleared|quiet) )now|rn|right now|keeps?|since yesterday|since last)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishStillNow();

    /// <summary>"这种一般是楼上赔还是物业赔", "通马桶那50块该谁出", "空着这半年物业费能打折吗": who pays for what happened, asked.</summary>
    [GeneratedRegex("(谁|哪个|哪边|哪方)(来)?(赔|出钱|出|负责|承担|买单)|(楼上|物业|保险|你们|我)赔(还是|吗|不赔)|赔不赔|负不负责|该谁|能(不能)?(打折|减免|核减|少交)|找[^，。,.!！?？]{0,8}核减")]
    private static partial Regex AsksWhoPays();

    /// <summary>"set off the smoke alarm making toast haha, all fine": the writer says nothing is wrong now.</summary>
    [GeneratedRegex("\\b(" + AllFineWords + ")( now)?\\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllFineInEnglish();

    /// <summary>What an English writer says when nothing is wrong now: a sign of a thing resolved, and of a message that reports nothing.</summary>
    private const string AllFineWords = "all fine|all good|all ok|all okay|no worries|false alarm|everything(\\'s| is) (fine|ok|okay|good)";

    [GeneratedRegex("又(?!(有了|有水了|有电了|来了|来水了|来电了|好了))|还在|还是没|还是不|还是一滴|还是一点|还没|仍然|仍在|一直|到现在|至今|没好|没修好|没有好|正在|又开始|更(浓|重|大|厉害|严重|多)|越来越|不是说|说是修好|说修好|没声了|没动静了|没了动静|敲门(也|都)?不应|叫不应|喊不应|(今天|今早)(早上|上午|中午|下午|晚上|一早)?(就|才|一)?发现|刚(刚|才)?发现|现在发现|(?i:\\bstill (smok|burn|smoulder|smolder|leak|spark|flood|pour|hiss|spread)\\w*)")]
    private static partial Regex StillGoing();

    [GeneratedRegex("昨天|昨晚|前天|前晚|前年|上(个)?(礼拜|星期|周|月)|上次|上回|之前|以前|去年|前几天|前两天|前段时间|前阵子|那次|那天|那回|那年|那一年|当年|当时|昨儿|昨日|琴日|寻日|尋日|昨暝|昨晡|前儿|曾经|早前|年前|月初|刚搬来")]
    private static partial Regex PastMarker();

    /// <summary>"看房的时候怎么看有没有漏水", "朋友买的二手房楼上漏水，能追责吗", "火灾中…看纪录片想到的": what is learned when
    /// house-hunting, of a flat bought or sold elsewhere, or from a documentary.</summary>
    [GeneratedRegex("(看房|买房|选房|验房|租房)(的时候|时)|二手房|卖家|买家|楼盘|期房|烂尾|纪录片|(?i:\\bdocumentary\\b)")]
    private static partial Regex KnowledgeFromElsewhere();

    /// <summary>"我爸妈住2201，他们想装修厨房，要不要先申请": work planned, asked about — no nuisance yet.</summary>
    [GeneratedRegex("(想|想要|准备|打算|计划|将要|要不要)(装修|翻新|改造|施工|打孔)")]
    private static partial Regex PlannedWork();

    /// <summary>"现在", or an emergency number: a sign of something happening now — not "现在都正常的" (it is over).</summary>
    [GeneratedRegex("现在(?![都已经也又]{0,2}(正常|好了|恢复|没事|没问题|来水|来电))|120|119|110")]
    private static partial Regex NowOrEmergencyNumber();

    [GeneratedRegex("怎么办|咋办|咋整|怎么处理|如何处理|应该怎么|该怎么|怎么做|怎么弄|打什么电话|打哪个电话|找谁|一般多久|多久能到|多久到|注意什么|要注意|的时候(怎么|应该|该)|正确(的)?(操作|做法|处理)|急救|自救|逃生|怎么救|如何救|该(干|做)(啥|什么|嘛)|步骤|攻略|点样|应该点(做|处理|算|搞|办)?|该点(做|处理)|先[^，。,.!！?？]{1,10}还是")]
    private static partial Regex HowToQuestion();

    [GeneratedRegex("what (should|do|can) (i|we|you) do|what (i|we) (should|can|could|must|need to) do\\b|what to do|what (are|am|is) (i|we|you|they) supposed to do|\\bhow (to|do i|do you|should i|can i)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowToQuestionInEnglish();

    [GeneratedRegex("演习|演练|培训|讲座|知识|宣传|科普|(?<!上)新闻|(?<!(曝光|媒体来))报道|电影|电视剧|剧里|一部剧|综艺|男主(?!人)|女主(?!人)|主角|剧情|小说|梦见|梦到|做梦|歌曲|这首歌|歌词|听歌|儿歌|动画|绘本|游戏里|游戏中|打游戏|描写|试飞|火箭|飞船|星舰|导弹|比喻|形容|翻译|translate|什么意思|的意思|梗|表情包|写一份|帮我写|讲话稿|作文|文案|稿子|警示牌|安全教育|教案|演讲|角色|玩游戏|》|mv\\b|场面|镜头|故事|急转弯", RegexOptions.IgnoreCase)]
    private static partial Regex AboutSomethingElse();

    /// <summary>"奶茶店冒黑烟…全是烟味": black or thick smoke seen is no cigarette, whatever it smells of.</summary>
    [GeneratedRegex("黑烟|浓烟|看不清|看不见|睁不开眼|喘不过气|透不过气")]
    private static partial Regex ThickSmokeCue();

    /// <summary>"烟越冒越多了", "现在烟比刚才大了": smoke that grows is a fire taking hold, whatever lit it.</summary>
    [GeneratedRegex("越冒越(多|大|浓)|(烟|火)(越来越|更|还更)(大|多|浓)|烟比刚才(还|更)?(大|多|浓)")]
    private static partial Regex SmokeGrowing();

    /// <summary>"大堂地毯上冒烟了…好像是烟头": a carpet, sofa or bin smoking is a smoulder, whatever lit it.</summary>
    [GeneratedRegex("地毯|沙发|被子|床垫|窗帘|纸箱|垃圾桶|垃圾袋")]
    private static partial Regex Furnishing();

    /// <summary>
    /// "电子烟充电的时候砰一声，现在枕头在冒烟", "插座冒烟了，电子烟充电器还插在上面": a battery, a charger or a socket smoking is
    /// a fire starting, however much 电子烟 sounds like a smoker's vapour.
    /// </summary>
    [GeneratedRegex("(电池|充电器|充电宝|充电头|充电线|插座|插排|插线板|电线|枕头|被子)[^。.!！?？]{0,8}(冒烟|冒白烟|冒黑烟|鼓起|鼓包|嘶嘶)|充电[^。.!！?？]{0,12}(冒烟|冒白烟|砰|嘶嘶|鼓起|鼓包|炸)|冒烟[^。.!！?？]{0,12}(充电器|插座|插排)")]
    private static partial Regex ChargingGoneWrong();

    /// <summary>
    /// "黑色的，不像是做饭", "不是抽烟的那种烟": the everyday source named only to rule it out, or taken back as soon as said
    /// ("有人在电梯里面抽烟 不是 电梯里面冒烟了"); "我也不确定是不是人家在做饭":
    /// named only as a guess the owner cannot make — the smoke is still unexplained.
    /// </summary>
    [GeneratedRegex("((不像是?|不是|并非|也不是|肯定不是)(在)?|(不确定|不知道|不晓得|说不好|说不准|拿不准|搞不清|看不出)(是不是|是否|是)[^，。,.!！?？]{0,4})(抽烟|吸烟|做饭|炒菜|烧烤|烧香|烧纸|油烟)|(抽烟|吸烟|做饭|炒菜|烧烤)[\\s，,。]{0,2}(不是|不对|说错了|讲错了|哦不)[\\s，,。]{0,2}(?=[^。!！?？]{0,16}(冒烟|着火|起火|烧起来))")]
    private static partial Regex EverydaySourceDenied();

    [GeneratedRegex("抽烟|吸烟|烟味|烟头|二手烟|香烟|烟瘾|烟蒂|油烟(?!机)|往回冒|倒灌|回烟|烧烤|炒菜|做饭|烟熏|蚊香|烧香|烧纸|烟花|鞭炮|电子烟|水烟|雪茄|炒锅|热锅|油锅|锅里|放油|油温|煎|香炉|烧糊|煮糊|烤焦|烤糊|饭糊|菜糊|熬|糖浆|焦糖|拔丝|smokes\\b|(?<!(?i:batter(y|ies)|charger|scooter|bike|socket|outlet|plug|wire|cable|box|lead|cord|bank)[^.!?,]{0,25})smoking|cigarette|vap(e|ing)\\b")]
    private static partial Regex EverydaySmoke();

    [GeneratedRegex("我家|家里|屋里|房间|满屋|一屋子|整栋楼|整幢楼|全楼|整层楼|一开门|一进门|厨房|卫生间|厕所|阳台|客厅|卧室|楼上|楼下|隔壁|邻居|楼道|走廊|电梯|车库|地库|小区|物业|单元|[0-9一二三四五六七八九]栋|号楼|门口|大堂|在家|家中|快来|救命|报警(?!器)|help", RegexOptions.IgnoreCase)]
    private static partial Regex EstateAnchor();

    [GeneratedRegex("消防通道|安全通道|疏散通道|消防楼梯|楼梯间|(?<![0-9])[0-9]{3,4}(?:室|号)?家(?!具|电)")]
    private static partial Regex PassageOrHousehold();

    [GeneratedRegex("半夜|夜里|深夜|凌晨|午夜|通宵|midnight|at night", RegexOptions.IgnoreCase)]
    private static partial Regex NightHours();

    [GeneratedRegex("就问问|只是问问|随便问问|问问而已|问一下而已|咨询一下而已|just asking", RegexOptions.IgnoreCase)]
    private static partial Regex JustAsking();

    [GeneratedRegex("漏水|露水|漏|leak|drip", RegexOptions.IgnoreCase)]
    private static partial Regex LeakWord();

    [GeneratedRegex("灰尘|粉尘|扬尘|尘土|打磨|切割|油漆|甲醛|消毒|杀虫|打药|喷药|雾霾|香水|辣椒|花椒|干冰|加湿器|雾化|蒸汽|水汽|沙尘|装修")]
    private static partial Regex EverydayHaze();

    [GeneratedRegex("黄印|水印|水渍|印子|水痕|发霉|霉斑|潮湿|返潮|发黄")]
    private static partial Regex Stain();

    [GeneratedRegex("滴|流|淌|哗哗|往下|一直漏|漏得|漏个不停|湿透|泡")]
    private static partial Regex Dripping();

    [GeneratedRegex("水龙头|龙头|花洒|花撒|淋浴头|喷头|角阀|阀门|软管|接口|水阀|进水阀|\\btaps?\\b|faucet|shower ?head|mixer", RegexOptions.IgnoreCase)]
    private static partial Regex Fitting();

    /// <summary>"我晾的衣服上全是水": water on the washing is a drip from somewhere, not standing water.</summary>
    [GeneratedRegex("衣服|被子|床单|晾|被套|毛巾")]
    private static partial Regex Laundry();

    [GeneratedRegex("全是水(?!印|渍|痕)|都是水(?!印|渍|痕)|一地水|一地的水|积水|一大滩水|水浸")]
    private static partial Regex StandingWater();

    [GeneratedRegex("下水(特别|很|好|太)?慢|排水(特别|很|好|太)?慢|去水(特别|很|好|太)?慢|下水不畅|排水不畅|洗(个)?澡|冲澡|淋浴")]
    private static partial Regex SlowDrain();

    [GeneratedRegex("响|吵|噪|嗡|轰|震|声音|动静|noise|noisy", RegexOptions.IgnoreCase)]
    private static partial Regex NoiseWord();

    [GeneratedRegex("白天|上午|下午|早上(?![五六]点|[56]点)|不影响(睡觉|休息)")]
    private static partial Regex Daytime();

    [GeneratedRegex("晚上|夜里|夜间|半夜|深夜|凌晨|午休|午睡|睡不着|吵醒|(?<!不影响)睡觉|(?<!不影响)休息|(22|23|24|十一|十二)点|凌晨|(?<!上午|早上)十点多|都[^，。]{0,3}点了|[五六]点|(?<![0-9])[56]点|觉都睡不好")]
    private static partial Regex RestTime();

    /// <summary>A question word; "怎么拍窗都叫不醒", "什么都不管" (no matter how, anything at all), "开了没多久就冒烟" (not long) ask nothing.</summary>
    [GeneratedRegex("吗|(?<![怎什])么|\\?|？|(?<!没)多少|怎么(?![^，。,.!！?？]{0,5}[都也])|什么(?![^，。,.!！?？]{0,3}[都也])|几点|几号|哪天|是不是|是否|能不能|会不会|要不要|有没有|(?<![没不])多久|何时|原因|为啥|为什么")]
    private static partial Regex QuestionWord();

    /// <summary>"不知道是哪家在烧什么东西", "也搞不清是谁": a question the writer cannot answer, told in a statement.</summary>
    [GeneratedRegex("(也|都|还)?(不知道|不清楚|搞不清|不晓得|不知)(是)?[^，。,.!！?？吗]{0,12}(什么|哪|谁|怎么|多少)[^，。,.!！?？吗]*(?=[，。,.!！]|$)")]
    private static partial Regex IndirectQuestion();

    [GeneratedRegex("快(来|点|派|过来|救|帮)|赶快|救命|赶紧|马上|立刻|立即|急(?!救|转弯)|正在|help|!|！|报警", RegexOptions.IgnoreCase)]
    private static partial Regex CallForHelp();

    [GeneratedRegex("会[^，。,.!！?？]{0,8}吗|对吗|有用吗|是不是|是怎么|怎么计算|一般|通常|哪个更|哪次|区别|第一步|科学|多久发作|多久会|概率|是什么|什么样|为何|如何")]
    private static partial Regex GeneralQuestion();

    [GeneratedRegex("水泵|泵房|变压器|配电房|配电室|电梯机房|风机|排风|冷却塔|发电机|换热站|空调外机组|驱鸟器|驱鸟炮|transformer|pump", RegexOptions.IgnoreCase)]
    private static partial Regex Equipment();

    [GeneratedRegex("(?<!放|露天|户外)电影(?!(放完|散场|幕布|投影|场地|的投影|那边|放映))|电视剧|剧里|一部剧|鬼片|恐怖片|综艺|男主角|女主角|剧情|小说|梦见|梦到|做梦|歌词|首[^，。,.!！?？]{0,4}歌|歌名|动画片|游戏里|游戏中|写一份|帮我写|讲话稿|作文|文案|警示牌|教案|演讲稿|故事")]
    private static partial Regex Fiction();

    [GeneratedRegex("我|一家人|全家|家人|孩子|小孩|宝宝|老人|爸|妈|老公|老婆|爷爷|奶奶|外婆|外公|邻居")]
    private static partial Regex Personal();

    [GeneratedRegex("\\b(i|i'm|im|i've|my|me|we|we're|our|us|mum|mom|dad)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalInEnglish();

    [GeneratedRegex("^(的)?(通知|公告|安排|计划|预告|时间)")]
    private static partial Regex Announcement();

    /// <summary>The ways owners say a cut is announced (NoticeBeforeIt, AsksAboutTheNotice).</summary>
    private const string NoticeWords = "(通知|公告|告知|说一声|提醒|打招呼)";

    /// <summary>
    /// "你们停水之前会不会提前通知的", "停电前能不能发个通知", "一般停水会提前通知吗": the notice before a cut is asked about,
    /// not a cut now.
    /// </summary>
    [GeneratedRegex("^((之前|前|以前)[^，。,.!！?？]{0,8}|[^，。,.!！?？]{0,3}" + WhetherAnnounced + "(提前|先)(发个?|贴个?)?)" + NoticeWords)]
    private static partial Regex NoticeBeforeIt();

    [GeneratedRegex("冒烟|浓烟|黑烟|烟雾|全是烟|好多烟|很多烟|满屋的烟|烟(很|好|太|特别)(大|浓)|烟味|焦味|糊味|焦糊|呛|雾蒙蒙|烟蒙蒙|白茫茫|(?i:\\bsmoke\\b)")]
    private static partial Regex SmokeCue();

    [GeneratedRegex("(困|累|饿|热|冷|笑|烦|忙|气)死(了|我了)|笑到|气炸|要疯了|崩溃了|孤独|寂寞|想家|伤心|难过|逼疯|疯掉了|被老板|加班(?!回|到家|到半夜回|完回)|面试|(?<!(孩子|小孩|女儿|儿子|娃|学生)[^，。,.!！?？]{0,6})(写作业|做作业|作业多)|(?<!(孩子|小孩|女儿|儿子|娃|学生)[^，。,.!！?？]{0,6})考试|破防|期末|论文|报告(快)?(来不及|写不完)|ddl|deadline|火大[!！]", RegexOptions.IgnoreCase)]
    private static partial Regex Exaggeration();

    [GeneratedRegex("喷灌|喷淋|喷泉|洒水|花园|草坪|绿化")]
    private static partial Regex Sprinkler();

    [GeneratedRegex("花洒|花撒|淋浴头|喷头|莲蓬头")]
    private static partial Regex ShowerHead();

    [GeneratedRegex("电梯|轿厢|lift|elevator", RegexOptions.IgnoreCase)]
    private static partial Regex LiftCue();

    [GeneratedRegex("里面(没|没有)人(?![接应回理])|没人在里面|没有人在里面|(没|没有)人被(关|锁|卡)(在)?(里面|里头|里边)|(没|没有)(人)?(被)?困(到|住)?人|(没|没有)人被困|\\b(nobody|no one|no-one) (is )?(inside|trapped|stuck|in it)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex EmptyLift();

    [GeneratedRegex("(不是|没有|没|并非|也不是|并不是|根本不是)$")]
    private static partial Regex Denial();

    [GeneratedRegex("掉(下去|进去|进|下)|跌(下|落)|摔下去")]
    private static partial Regex FallInto();

    [GeneratedRegex("^(其实)?(家里|我家|这边)?((不是|并不是|也不是)[^，。,.!！?？ ]{1,8}[，。,.!！?？ ]+(而|就|只|其实)?是|(没有|没)[^，。,.!！?？ ]{1,8}[，。,.!！?？ ]+(而|就|只|其实)是)(?<said>(?!不是)[^是].{3,})$")]
    private static partial Regex Contrast();

    [GeneratedRegex("坏|不出|不亮|不热|不凉|不冷|不转|不动|不通|不响|不好用|不工作|不能用|用不了|打不开|关不上|漏|堵|裂|松了|掉了|断了|响|吵|臭|霉|没(电|水|热水|信号|网)")]
    private static partial Regex Fault();

    [GeneratedRegex("帮我(写|整理|编|总结|讲讲|翻译)|翻译(一下|这句|这段|成)|(?i:\\btranslate\\b)|我在写|在写(一篇|一份|小说|文章|稿|作文|论文)|写(一|几|个)?(篇|段|首|份)|科普|警示牌|教案|老师(让|要)我们|老师(让|叫|要)[^，。,.!！?？]{0,4}回家问|写(一|几)?(个|篇|段)[^，。,.!！?？]{0,4}(故事|小说|剧本|段子)|write (a|an|me)\\b|续写|接着写|接着往下(写|编)|往下编|接着编|帮我接着|继续写|continue (the|this|my) story", RegexOptions.IgnoreCase)]
    private static partial Regex WritingTask();

    [GeneratedRegex("(?<!没|没有|还没|未|不)(已经|已)?(修好了|恢复了|恢复正常了|解决了|处理好了|处理完了|没事了|扑灭了|火灭了|来电了|来水了|救出来了|充好了|交好了|缴好了|早就好了|早好了)(?![吗么没?？])|(现在|已经)(也)?不(漏|滴|冒|渗)(水)?了(?![吗么?？])|水(已经|就|都|早就|也)?(退了|退下去了)(?![吗么?？])|(排水|下水)(也|现在|已经)?(恢复)?(正常|通畅)(了)?(?![吗么没?？])|虚惊一场|是误报|后来(又)?(有了|有水了|有电了|来水了|来电了)(?![吗么没?？])|(水|电)后来又(有了|来了)|(现在|目前)(一切|都|已经)?(正常|恢复正常)(了)?(?![吗么没?？])|(推|合|扳|拨|按)(上去|回去)(就|又)?(好了|有电了|来电了)(?![吗么没?？])")]
    private static partial Regex ResolvedNow();

    [GeneratedRegex("\\bfalse alarm\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResolvedInEnglish();

    [GeneratedRegex("(没|没有|无)人(在里面|被困|困住|困在|受伤|伤着|伤到|砸到|掉下去)|里面(没|没有)人|(没|没有)(困|关)(到|住)?人|人(都|已经)?(出来了|救出来了)|空(的)?电梯|\\b(nobody|no one|no-one)( is| was|\'s| got)? ((stuck|trapped|caught) (inside|in (it|there|them|the (lift|elevator)s?))|inside|hurt|trapped|injured|stuck|in it)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex NobodyInDanger();

    /// <summary>Something burning: fire words, or smoke rising out of a thing or a shaft ("垃圾井里往上冒烟"), no cigarette's.</summary>
    [GeneratedRegex("烧|火|着了|燃|(井|道|间|房|桶|箱|柜|站|机|器|口|堆)里?(往上|往外|一直|不停)?(在)?冒(黑|白|青)?烟")]
    private static partial Regex Burning();

    [GeneratedRegex("报修了|报了|报过|报的|投诉的|反映的|投诉(过|了)?[^，。,.!！?？]{0,10}(那事|那件事|的事)|的投诉|(去|上门|来)?(说|沟通|处理|协调)(了|过)(没|吗)|工单|单号|进度|还没来|还没到|没人来|什么时候到|什么时候来|几点到|催一下|说好|跟进|处理结果|有结果|结果了吗|回复|到哪了|出发了|出发没")]
    private static partial Regex FollowUp();

    [GeneratedRegex("又(开始)?(漏|渗|滴|停|坏|跳|堵|冒|没水|没电|响|吵|发霉|起皮|长霉|返潮|鼓包|开裂|裂|脱落|掉)|又开始了|又来了|又犯了|又出现了|又这样了|比(之前|上次|以前|原来)(还|更)(厉害|严重|大|多|猛)|(现在|反而|而且)(还)?更(浓|重|大|厉害|严重|多)了|越来越(浓|重|大|厉害|严重|多)|(?<!说|说要|说会)(快派人|赶紧派人|快来人)")]
    private static partial Regex Again();

    [GeneratedRegex("明天|后天|大后天|听日|聽日|下周|下星期|下礼拜|下个月|听说|听讲|聽講|据说|通知|公告|计划|预计|将要|即将|按计划|(?<![一晚聚宴大例班年舞协工学商展庙灯])会(?!儿|所|议|馆|员|长|计|场)")]
    private static partial Regex Planned();

    /// <summary>"楼长通知：1栋地下室着火，大家不要坐电梯！": a notice that tells people what to do now announces something happening now.</summary>
    [GeneratedRegex("(不要|别|千万别|千万不要)(坐|乘|搭)电梯|赶紧(撤|下楼|离开|出来)|快(撤|下楼|离开|跑)|马上(撤离|离开|下楼)|紧急(撤离|疏散)|到了没有|到了没|来了没有|来了没")]
    private static partial Regex ActNowInstruction();

    [GeneratedRegex("明天|后天|大后天|下周|下星期|下礼拜|下个月|预计|将于|到时|届时|计划")]
    private static partial Regex LaterOn();

    [GeneratedRegex("想(先)?了解一下|想先了解|一般人(该|要|应该)?怎么|为什么|为啥|是谁|谁发明|什么原因|怎么引起|原理|原则|常识|有哪些|注意事项|区别|分几|(?<![十二三四五六七八九零0-9好])几度|分为|哪几种|种类|要点|须知|哪只|是哪年|哪一年|什么意思|怎么读|怎么说(?![^，。,.!！?？]{0,4}[都也])|英文|英语|中文怎么|造句|全句|下一句|下半句|上半句|打一|谜语|谜底|成语|歇后语|上联|下联|对对子|脑筋急转弯|海龟汤|顺口溜|绕口令|哪首歌|是什么歌|歌词|诗|怎么拍(?![^，。,.!！?？]{0,4}[都也])|几季|第几集|哪一集|主演|是真的吗|测试|误报|演示|有必要|最常见|哪个部位|哪个国家|哪国|哪年|什么时候发生|发生在|是什么病|一回事|有没有用|急转弯|哪个牌子|哪款|怎么选|推荐|值得买|买吗|买哪|(历史上|史上|有史以来)[^，。,.!！?？]{0,12}(哪|什么|几|吗|谁|边)|常见原因|(?<!我|我的|我们)症状|泄漏[^，。,.!！?？]{0,3}(是|有|会有)?什么味|怎么自救|如何自救|自救(方法|知识|常识)|急救(知识|常识|方法)|怎么教|(是|应该)?往外跑还是|还是躲|用什么(东西|工具|药水|办法|方法)?(来)?(通|疏通|清洗|清理|洗|去除)|应该(走|用|跑|躲|坐)[^，。,.!！?？]{0,6}还是")]
    private static partial Regex KnowledgeQuestion();

    [GeneratedRegex("\\bwhat (causes?|caused)\\b|\\bhow (does|do|did) [^.!?]{0,40}\\bwork\\b|\\b(symptoms?|signs) of\\b|\\bwho (sang|sings|wrote|invented|discovered)\\b|\\bhistory of\\b|\\bworth (watching|reading|seeing|a listen)\\b|\\bdifference between\\b|\\bwhy (do|does|did|is|are|was|were)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex KnowledgeQuestionInEnglish();

    [GeneratedRegex("来首|来一首|放一首|放首|播放|单曲|专辑|听听|切歌|(加|放|存|收藏)(到|进)(我的)?歌单|歌单里|播放列表|(我想听|想听|听一下|放一下|帮我放|给我放|播一下|换一首)[^，。,.!！?？]{0,3}[A-Za-z]|我的世界|王者荣耀|原神|吃鸡|动漫|漫画|番剧|^(请|帮我)?(把)?[^，。]{0,4}(打开|关上|关掉|调到|调成|关一半)[^，。]{0,6}(灯|窗帘|空调|电视|电器|音响|风扇|加湿器)|^(请|帮我)?把窗帘|离家模式|回家模式|睡眠模式|自动关灯|自动开灯|提醒我|(设|定)(个|一个)?闹钟|闹钟(设|定)|定时器|倒计时|音量|声音(调|再)?(大|小)(一)?点")]
    private static partial Regex MediaRequest();

    [GeneratedRegex("playlist|lyrics|\\bwho sang\\b|^play |play (me |a |some )?(song|music)\\b|\\bsong\\b|\\bremind me\\b|\\bset (an? )?(alarm|timer)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex MediaRequestInEnglish();

    [GeneratedRegex("得(像|跟|好像)要?(炸|爆)|(像|跟)(是)?(个)?(爆炸|火灾|车祸|案发|灾难)现场|气得|气到|气死|气炸|脑子|脑袋|头顶|心里|心态|肺都|烦得|辣得|辣到|嘴巴|嘴里|舌头|论文|作业|加油|斗志|热血|太热|热死|好热|热得|项目组|项目|老板|加班(?!回|到家|完回)|部门|团队")]
    private static partial Regex Figurative();

    [GeneratedRegex("(手机|耳机|电脑|笔记本|平板|手表|电池|充电宝|遥控器|牙刷|相机|键盘|鼠标|音箱|电动车|汽车|车子|phone|laptop)[^，。,.!！?？]{0,4}(没电|没有电|快没电|电量|泡水|进水|掉水里|掉进水|漏水|漏进|漏电)", RegexOptions.IgnoreCase)]
    private static partial Regex GadgetBattery();

    [GeneratedRegex("冒烟|冒火|爆炸|冒黑烟|着火|起火|燃起来|烧起来|炸")]
    private static partial Regex FigurativeCue();

    [GeneratedRegex("不影响(睡觉|休息|生活)|不算(太|好|很|特别)?(吵|响)|不太吵|没那么吵|声音不大")]
    private static partial Regex NotDisturbing();

    /// <summary>"熏得我快晕倒了哈哈": the writer laughs at what they said — a figure of speech.</summary>
    [GeneratedRegex("哈哈|呵呵|嘻嘻|hhh|笑死|[😂🤣😆]", RegexOptions.IgnoreCase)]
    private static partial Regex LaughedOff();

    /// <summary>
    /// "刚才一个老人差点摔下去": someone nearly fell and did not — nobody came to harm (the railing may still be an urgent
    /// fault); a near miss from what is still there ("差点砸到楼下的人", "小孩差点掉下去，门现在还开着") stays a danger.
    /// </summary>
    [GeneratedRegex("(差点|差一点|差些|险些)(儿)?[^，。,.!！?？]{0,2}(摔|滑倒|跌|绊)|(?i:\\b(nearly|almost) (fell|slipped|tripped)\\b)")]
    private static partial Regex NearMissInside();

    /// <summary>
    /// A cue that says no one is hurt (没人受伤); "没心跳", "没呼吸", "没反应", "半边身没力" are the danger itself, not a denial,
    /// and so are "半天没起来", "到现在没上来" (someone who does not get up or come back up).
    /// </summary>
    [GeneratedRegex("(没|未|无)(?!(有|了)?(心跳|呼吸|气息|意识|知觉|反应|气了|力|劲|电|盖|(爬)?起来|上来|出来))|no one|nobody|not |n't", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedInside();

    [GeneratedRegex("受伤|摔伤|割伤|划伤|撞伤|烫伤|骨折|流血|出血|倒在地上|倒地")]
    private static partial Regex InjuryCue();

    [GeneratedRegex("不方便|不便|行动不便|腿脚不好|不严重|没大碍|已经包扎|看过医生|去过医院|拄着拐|拄拐|拐杖|坐轮椅|打着石膏|打石膏")]
    private static partial Regex NotAnEmergencyNow();

    [GeneratedRegex("推|打|动手|骂|踹|拽|扯")]
    private static partial Regex Assault();

    [GeneratedRegex("叫不醒|没(有)?反应")]
    private static partial Regex UnresponsiveCue();

    /// <summary>"保安躺在门岗地上": lying on the floor, not asleep at a desk — collapsed until someone has looked.</summary>
    [GeneratedRegex("(躺|倒|趴|瘫|晕)(在|到)[^，。,.!！?？]{0,6}(地上|地板上|地下|台阶上|楼梯上|门口)|倒地|晕倒|昏倒|摔倒")]
    private static partial Regex LyingOnTheGround();

    [GeneratedRegex("^[^，。,.!！?？]{0,6}(保安|门卫|保洁|前台|客服|管家|物业|巡逻)")]
    private static partial Regex StaffNamed();

    [GeneratedRegex("保安|门卫|值班|岗亭|保洁|前台|客服|管家|师傅|巡逻")]
    private static partial Regex OnDutyStaff();

    [GeneratedRegex("要是|如果|假如|万一|假设|的话")]
    private static partial Regex HypothesisInside();

    [GeneratedRegex("(?<![不晚聚宴大例班年舞协工学商展庙灯])会(?!儿|所|议|馆|员|长|计|场)|可能会|容易")]
    private static partial Regex MayHappenInside();

    [GeneratedRegex("酒店|宾馆|旅馆|出境游|火山|珠峰|珠穆朗玛|喜马拉雅|南极|北极|(七大|五大|各大)洲|沙漠|海峡|赤道|旅游的时候|旅行的时候|景区|街上|大街|马路上|商场|超市|菜市场|公司里|单位里|学校里|开车|(?<!自)行车|驾驶|高速|公路|隧道|追尾|车祸|(高速|公路|马路|路边|桥)[^，。,.!！?？]{0,4}护栏|撞(上|到|在)?(了)?(路边的)?护栏|车被困|车停路边|高铁|火车|(?<!电)动车|列车|车在路上|在路上被|地铁|飞机|航班|机场|(?<!发动)机舱|乘客|足球场|(?<!篮|网|羽毛|小区)球场|(?<!篮球场|就是)看台|体育馆|比赛|球员|赛场|赛道|赛车手|车手|(?<![a-zA-Z])(F1|UFC)(?![a-zA-Z])|八角笼|擂台|拳手|运动员|滑雪|马拉松|景区|外地|外省|别的城市|其他城市|隔壁城市|别的小区|隔壁小区|(?<!在)(国外|海外)|签证|护照|在(老家|乡下|曼谷|越南|马尔代夫|澳洲|澳大利亚|新西兰|挪威|冰岛|瑞士|大阪|东京|首尔|新加坡|马来西亚|巴厘岛|迪拜|伦敦|巴黎|纽约|加拿大|俄罗斯|土耳其|埃及)|日本|韩国|美国|英国|法国|德国|意大利|威尼斯|西班牙|泰国|欧洲|非洲|印度|数据中心|办公室|写字楼|工位|(?<!物业|燃气|电力|自来水|供电|搬家|装修|保洁|家政|管理)公司(厕所|茶水间|前台|机房|会议室|楼下|的)|(跟|告诉|找|通知)行政|行政群|宿舍|学校|(?<!钢琴|琴|舞蹈|美术|书法|培训|托管|早教|画画|音乐)教室|校园|工厂|厂里|车间|实验室|图书馆|堵车|塞车|[二三四五]环(上|路)|高架(上|桥上)|早高峰|晚高峰|客户(家|店|那|的|公司|仓库|工地|厂)|(给|帮|替)客户|客户(说|叫|让|喊)|工地(上|里)|帮人(家)?(换|修|装|通|拆)|地头|田里|大棚|鱼塘|水库|演唱会|音乐节|山火|森林火|封路|防守|绝杀|更衣室(内讧|讲话|训话)|(球队|球员|赛后|中场|主队|客队|教练)[^，。,]{0,6}更衣室|主场|客场|联赛|转会|NBA|CBA|英超|中超|欧冠|世界杯")]
    private static partial Regex Elsewhere();

    [GeneratedRegex("(?<!(等着|就等|要|会|让你们|叫你们|准备)上)(新闻|热搜)|(?<!(曝光|找媒体|媒体来))报道|(?<!(刷墙|刷漆|墙|漆|油漆|涂料|地板|柜子))刷到(?!一半)|网上说|(?<!我在|家里的|监控|摄像头|客户在|同事在|老板在|领导在|对方在|老师在|开会|会议)视频里(?!我(爸|妈|家|老|奶|爷|孩|儿|女)|看到|给我|让我|问我|说我|听到|听见)|微博上|抖音上")]
    private static partial Regex News();

    [GeneratedRegex("老家的房子|老家房子|老家那套|老家的家|某小区|某个小区|有个小区|别的小区|其他小区|其它小区|隔壁小区|对面小区|他们小区|他们那个?小区|朋友(的|住的|家)?小区|亲戚(的|住的|家)?小区|别人(的)?小区|另一个小区|旁边的小区")]
    private static partial Regex AnotherEstate();

    [GeneratedRegex("我家|家里|屋里|在家|家中|咱们|我们(小区|楼|这|那栋|单元)|本小区|我住的|我们家")]
    private static partial Regex OwnEstate();

    [GeneratedRegex("(?<![a-zA-Z0-9])[bB][1-4](?![0-9])|(?<![a-zA-Z0-9])[sS]1[0-2][0-9](?![0-9])|负[一二三1-3](层|楼)|我家|家里|屋里|在家|家中|我们家|小区|物业|单元|[0-9一二三四五六七八九十]+栋|号楼|楼上|楼下|隔壁|邻居|楼道|车库|地库|大堂|业主|楼梯间|电梯厅|天台|楼顶|门口|厨房|阳台|客厅|卧室|(?<!酒店|宾馆|度假村|游泳馆|的)泳池|会所|儿童乐园|架空层|(?<![城大])(东|南|西|北)门(?!口站|站)")]
    private static partial Regex EstatePlace();

    [GeneratedRegex("(应用|计算|分配|思考|推理|奥数|竞赛|智力|几何|概率|数学|物理)题|这种题|这道题|数学模型|(冲击力|疏散时间|抛物线|最高点|加速度|速度|距离)(怎么|如何)(算|求|计算)|怎么求|第几次到顶|多米诺|[0-9.]+\\s*(米|吨|升|公斤|千克|分钟|秒|小时|公里)[^。.!！?？]{0,30}[0-9.]+\\s*(米|吨|升|公斤|千克|分钟|秒|小时|公里|级)[^。!！]{0,20}(多久|多高|多远|多长时间|几次|第几)|方程|数学作业|物理[:：]|微积分|概率题|几何题|三角函数|列式|算式|每(层|小时|分钟|秒)[^，。,.!！?？]{0,4}[0-9]+\\s*(秒|分钟|米|公升|升|吨|m)|m/s|[0-9一二三四五六七八九十]+(个)?(小时|分钟|天)(可以|能|就能|才能)?(注满|灌满|放完|放空|排完|抽干|修完|完成)|(同时|一起)(开|打开|放水|进水)[^，。,.!！?？]{0,10}(多久|几小时|几分钟|几天)|工程队(单独|合作|每天|每小时|[0-9一二三四五六七八九十]+天)|甲乙两|追及|相遇问题|[0-9]+\\s*[xy]\\s*[+\\-=]")]
    private static partial Regex MathsProblem();

    [GeneratedRegex("\\bsolve\\b|\\bequation\\b|\\bmath(s)?\\b|\\bcalculate\\b|\\bintegral\\b|\\bprobability\\b", RegexOptions.IgnoreCase)]
    private static partial Regex MathsInEnglish();

    [GeneratedRegex("npm|pip |python|java|代码|程序|程式|bug|报错|服务器|数据中心|网站|后台密码|数据库|内存|记忆体|编译|部署|github|(?<!(门禁|闸机|道闸|刷脸机|刷卡机|对讲|电梯|门)[^，。,.!！?？]{0,2})(宕机|死机)", RegexOptions.IgnoreCase)]
    private static partial Regex Code();

    [GeneratedRegex("(?<![0-9])(1[0-9]|20)[0-9]{2}年|历史|事变|战争|朝代|古代|切尔诺贝利|福岛|核电站|核泄漏|决堤")]
    private static partial Regex History();

    [GeneratedRegex("^(报警器|探测器|检测器|检测仪|传感器|警报器)")]
    private static partial Regex Detector();

    [GeneratedRegex("响|叫|鸣|闪|亮了|报警了")]
    private static partial Regex Sounding();

    [GeneratedRegex("手机|笔记本|电脑|键盘|主板|游戏本|平板|手表|耳机|相机|充电宝|显卡|主机|鼠标|音箱|电饭煲|水壶|保温杯|水杯|杯子|奶瓶|饭盒|泳镜|潜水镜|泳帽|水枪|泳圈|游泳圈|laptop|phone", RegexOptions.IgnoreCase)]
    private static partial Regex Device();

    [GeneratedRegex("狗|猫|宠物|仔仔|鹦鹉|仓鼠|兔子|乌龟")]
    private static partial Regex Pet();

    [GeneratedRegex("人|孩子|小孩|小朋友|小伙伴|学生|宝宝|娃|儿子|女儿|孙|老人|爸|妈|老公|老婆|爷爷|奶奶|外婆|外公|姥|邻居|保安|保洁|快递|骑手|师傅|工人|司机|访客|大哥|大姐|阿姨|大爷|我(?!的|家)")]
    private static partial Regex PersonNamed();

    /// <summary>"fire extinguisher in 4栋 lobby expired, pls change", "灭火器过期了": the upkeep of safety equipment, no danger now.</summary>
    [GeneratedRegex("(灭火器|fire extinguisher|消防栓|消火栓|smoke detector|烟感)[^。.!！?？]{0,24}(过期|expired|年检|检查|没压力|压力不够|换新|要换|更换|replace|change)", RegexOptions.IgnoreCase)]
    private static partial Regex SafetyKitUpkeep();

    [GeneratedRegex("哪个(更)?(安全|好)|哪种(更)?|怎么选|会不会[^，。,.!！?？]{0,12}(中毒|漏电|爆炸|着火|漏气)|风险|牌子|买(哪|什么)")]
    private static partial Regex ProductQuestion();

    [GeneratedRegex("(?<![0-9])[0-9]{3,4}(?![0-9])")]
    private static partial Regex RoomNumber();

    [GeneratedRegex("^\\s*(我住|我家|我家在|我是|住在|我住在|地址是|地址)?\\s*(([0-9一二三四五六七八九十]+\\s*(栋|号楼|幢|座|单元|楼|层|室|号)|[0-9]{3,4})[\\s,，、的-]*)+(的|谢谢)?[\\s,，。.!！]*$")]
    private static partial Regex AddressAlone();

    [GeneratedRegex("^\\s*(i live in|i'm in|i am in|we live in|we're in|my (flat|address|unit|apartment) is|it's|its|this is|address:?)?\\s*(((building|bldg|block|blk|tower|unit|flat|room|rm|apt|apartment|floor|no\\.?|#)\\s*[0-9]{1,5}[a-z]?|[0-9]{3,4})[\\s,.\\-/]*)+(thanks|thank you|please)?[\\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AddressAloneInEnglish();

    [GeneratedRegex("\\b(flat|apartment|home|house|unit|kitchen|bathroom|bedroom|living room|balcony|ceiling|toilet|building|block|lift|elevator|corridor|hallway|stairs?|stairwell|car ?park|garage|lobby|estate|compound|neighbou?rs?|upstairs|downstairs|next door|management|security|guard|door|window|socket|pipe|tap|room|pump|boiler|generator|transformer|sleep|floor|wall|playground|fuse|alarm|gate|entrance|ramp|driveway|footpath|path|pavement)s?\\b", RegexOptions.IgnoreCase)]
    private static partial Regex EstateAnchorInEnglish();

    [GeneratedRegex("fire|smok|spark|burn|gas|flood|water|leak|pour|fall|drop|stuck|trap|blood|bleed|hurt|injur|faint|collaps|unconscious|breath|alarm|help|emergenc|urgent|hurry|police|ambulance|break|broke|thie|burglar|power|electric|outage|noise|loud|bark|music|glass|tile", RegexOptions.IgnoreCase)]
    private static partial Regex HazardInEnglish();

    [GeneratedRegex("晕倒|昏倒|晕过去|昏过去")]
    private static partial Regex FaintCue();

    [GeneratedRegex("((难|多|打|练|写|累|呛|忙|热|烦|饿|吓|笑|气|看|考|做|学|算|刷|晒|挤|贵|吵|玩)(到|得)[^，。,.!！?？]{0,4}|(^|我|人|整个人|都|简直|加班到现在|忙到现在|累到现在)(都)?(要|想|快要|快))$")]
    private static partial Regex FaintFigure();

    [GeneratedRegex("他|她|老人|孩子|小孩|宝宝|妈|爸|奶奶|爷爷|外婆|外公|姥|有人|别人|阿婆|阿公|婆婆|老伴|老公|老婆|邻居|乘客|球员|工人|师傅")]
    private static partial Regex ThirdPerson();

    [GeneratedRegex("快来|来人|快叫|120|救护车|快派|快点来")]
    private static partial Regex RealHelp();

    [GeneratedRegex("看到|看见|听到|一看|收到")]
    private static partial Regex Reaction();

    [GeneratedRegex("(我(都)?(要|快要|快)|得(都)?(要|快要|快)|一点就|(情绪|脾气|心里|心头)[^，。,.!！?？]{0,4})$")]
    private static partial Regex FireFigure();

    [GeneratedRegex("简直|就是|像|跟|堪比|宛如|如同|好比|活像|整个|变成|弄成|搞成")]
    private static partial Regex Likening();

    [GeneratedRegex("(脑|脑子|脑袋|头|内存|记忆体|信息|人口|知识|流量|消息|情绪|心态|笑点|工作量|作业量)$")]
    private static partial Regex BoomFigureBefore();

    [GeneratedRegex("^(场面|镜头|特效|头|式|性)")]
    private static partial Regex BoomFigureAfter();

    [GeneratedRegex("的时候[^，。,.!！?？]{0,12}(有没有用|有用吗|会怎样|会怎么样)")]
    private static partial Regex SupposedMoment();
}
