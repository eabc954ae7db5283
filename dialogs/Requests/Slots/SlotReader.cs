using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Understanding.Acts;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
using ConciergeBot.Dialogs.Understanding.Normalization;
using ConciergeBot.Knowledge.Calendar;

namespace ConciergeBot.Dialogs.Requests.Slots;

/// <summary>Reads a <see cref="SlotReading"/> from one normalised owner message (see there).</summary>
public static partial class SlotReader
{
    private const int MinLeftover = 4;

    public static SlotReading Read(string normalized, DateTimeOffset now, EntityExtractor entities)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(entities);
        // "是1603，不是1503": what the owner says it is not fills no slot (blanked, so offsets stay).
        var text = Negated().Replace(FlatReader.WithChineseAddresses(EnglishWeekdays(EnglishTimes(CantoneseTimes(normalized), now))), m => new string(' ', m.Length));
        text = Timetable().Replace(text, m => new string(' ', m.Length));
        var found = entities(text, now);
        var act = DialogActs.Read(DialectFolding.Fold(text));
        var flats = FlatReader.Read(text, found);
        // "我已经打了120": a public service's number (120, 110, 12345, 400…) is who the owner called, not where to call them back.
        var phones = found.Where(e => e.Type == EntityTypes.Phone && IsCallBackNumber(e.Value)).ToList();
        var phone = PreferredPhone(text, phones) ?? phones.FirstOrDefault()?.Value ?? BarePhone(text);
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        // "3栋2单元2604，尾号6580", "4栋2单元2101 手机尾号4135": the four digits said to be the last four, beside a flat.
        var lastFour = LastFourSaid().Match(text) is { Success: true } said ? said.Groups["digits"].Value
            : digits.Length == 4 && ((text.Trim().Length <= 6 && !PartOfAnAddress().IsMatch(text)) || LastFourWords().IsMatch(text)) ? digits : null;
        if (lastFour is not null)
        {
            // "1栋1单元2003，2602": the digits after the flat are no second room.
            flats = [.. flats.Where(f => f.Key is not null && !f.Key.EndsWith($"-{lastFour}", StringComparison.Ordinal))];
        }

        var (time, day, clock, morning, partOnly, bareClock) = ReadTime(text, now, found);
        var reading = new SlotReading
        {
            Act = act.Act,
            OnlyAct = act.IsWholeMessage,
            Flats = flats,
            PublicPlace = PublicPlaceReader.Find(text),
            Time = time,
            Day = day,
            ClockOnly = clock,
            Morning = morning,
            PartOfTheDayOnly = partOnly,
            ClockIsBareSmallHour = bareClock,
            Asap = Asap().IsMatch(text),
            Phone = phone,
            LastFour = lastFour,
            BuildingFix = act.Act == DialogAct.Correction ? OutsideRooms(BuildingOnly(), text, found) : null,
            UnitFix = OutsideRooms(UnitOnly(), text, found),
            UnitSaid = OutsideRooms(UnitAlone(), text, found),
            IsQuestion = Question().IsMatch(text) && act.Act != DialogAct.Correction && !AsksForAVisitNow().IsMatch(text),
            ProposesTime = (time is not null || clock is not null || (day is not null && MovesTheVisit().IsMatch(text))) && !AsksSomethingElse().IsMatch(text),
        };
        return act.IsWholeMessage ? reading : reading with { Leftover = LeftoverOf(text, found), Remark = RemarkOf(text, found) };
    }

    /// <summary>"2单元201", "3栋102": four digits in a short answer that are an address, not the last four of a phone.</summary>
    [GeneratedRegex(@"[栋幢座]|单元|号楼|室|房")]
    private static partial Regex PartOfAnAddress();

    /// <summary>"能不能现在就派个师傅上来看看", "可以马上过来吗": a polite request to come now asks nothing to be answered.</summary>
    [GeneratedRegex(@"^[^，,。.!！?？]{0,4}(能不能|能否|可不可以|可以|麻烦)(你们)?(现在|马上|立刻|尽快|赶紧)(就)?(派|来|过来|上门|上来)[^，,。.!！?？]{0,10}(吗|么|嘛)?[？?]*$")]
    private static partial Regex AsksForAVisitNow();

    /// <summary>What joins the two ends of a time range ("2点到5点", "9:00-11:00", "九点至十一点").</summary>
    [GeneratedRegex(@"^\s*(到|至|~|～|-|—|－|to|until|till)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeTo();

    /// <summary>The message moves a time already agreed ("改成4点吧", "can we move it to Thursday?").</summary>
    public static bool MovesTheVisitIn(string normalized) => MovesTheVisit().IsMatch(normalized ?? "");

    /// <summary>"能不能改到周四？", "can we move it to Thursday?": a new day asked for is a proposal, not a question to answer.</summary>
    [GeneratedRegex(@"改到|改成|改在|换到|换成|推到|挪到|延到|提前到|(?i:\b(?:move|change|reschedule|push|postpone|switch|instead)\b)")]
    private static partial Regex MovesTheVisit();

    [GeneratedRegex(@"随时|都可以|都行|一直在家|都在家|整天在家|any ?time", RegexOptions.IgnoreCase)]
    private static partial Regex AnyTimeThatDay();

    /// <summary>Cantonese day and day-part words as Mandarin ones of the same length (聽日下晝三點 is 明天下午三点), so offsets stay.</summary>
    private static string CantoneseTimes(string text)
    {
        foreach (var (cantonese, mandarin) in CantoneseTimeWords)
        {
            text = text.Replace(cantonese, mandarin, StringComparison.Ordinal);
        }

        return text;
    }

    private static readonly (string, string)[] CantoneseTimeWords =
        [("听日", "明天"), ("听朝", "明早"), ("后日", "后天"), ("下昼", "下午"), ("晏昼", "中午"), ("今朝", "今早"), ("朝早", "早上"), ("夜晚黑", "晚上 "), ("琴日", "昨天"), ("寻日", "昨天")];

    /// <summary>
    /// The time the owner means: the last one said ("明天下午我要加班，改到后天上午9点半" is 后天 09:30), a full date and
    /// time before a date alone (then 9:00) before a clock time alone.
    /// </summary>
    private static (DateTimeOffset? Time, DateOnly? Day, TimeOnly? Clock, bool Morning, bool PartOnly, bool BareClock) ReadTime(string text, DateTimeOffset now, IReadOnlyList<RecognizedEntity> found)
    {
        var morning = MorningWords().IsMatch(text);
        DateTimeOffset? at = null;
        DateOnly? day = null;
        TimeOnly? clock = null;
        var bareClock = false;
        var atEnd = -1;
        var lastEnd = -1;
        foreach (var entity in found)
        {
            var endOfARange = lastEnd >= 0 && entity.Start >= lastEnd && RangeTo().IsMatch(text.AsSpan(lastEnd, entity.Start - lastEnd));
            if (entity.Type is EntityTypes.DateTime or EntityTypes.Time)
            {
                lastEnd = entity.End;
            }

            if (endOfARange)
            {
                // "周六下午2点到5点", "9点至11点之间": the visit starts at the start of the range.
                continue;
            }

            if (entity.Type is EntityTypes.DateTime && DateTimeOffset.TryParse(entity.Value + ":00+08:00", CultureInfo.InvariantCulture, out var exact)
                && (IsBareSmallHour(text, entity, exact.Hour) ? exact.AddHours(12) : exact) is var visit && visit > now)
            {
                at = visit;
                atEnd = entity.End;
            }
            else if (at is { } agreed && entity.Type is EntityTypes.Time && entity.Start >= atEnd
                && MovesTheVisit().IsMatch(text.AsSpan(atEnd, entity.Start - atEnd))
                && TimeOnly.TryParse(entity.Value, CultureInfo.InvariantCulture, out var movedTo)
                && ChinaTime.At(ChinaTime.DateOf(agreed), MovedClock(text, entity, movedTo)) is var moved && moved > now)
            {
                // "后天上午10点我要带孩子去打疫苗，改成9点吧": the clock the visit is moved to, on the day said before it.
                at = moved;
                atEnd = entity.End;
            }
            else if (entity.Type is EntityTypes.Date && DateOnly.TryParse(entity.Value, CultureInfo.InvariantCulture, out var date)
                && date >= ChinaTime.DateOf(now) && !(day is not null && NobodyInThen().IsMatch(text.AsSpan(entity.End))))
            {
                // "明天吧，今天家里没人": a day said to be no good after the one chosen is not the day.
                day = date;
            }
            else if (entity.Type is EntityTypes.Time && TimeOnly.TryParse(entity.Value, CultureInfo.InvariantCulture, out var time))
            {
                // "6点半" said at 09:30 comes back as 18:30 (the next one): with no part of the day said, keep the hour as said
                // and let the time agreed, or the afternoon rule, decide which half of the day it is.
                var said = HourAsSaid(entity.Text);
                var unsaid = said is { } h && h + 12 == time.Hour && !SaysPartOfDay(text, entity);
                clock = unsaid ? new TimeOnly(said!.Value, time.Minute) : time;
                bareClock = IsBareSmallHour(text, entity, clock.Value.Hour);
            }
        }

        // "明晚" / "明天下午" without a clock: the part of the day said is the time (19:00, 14:00, 9:00).
        var clockFromPart = false;
        if (at is null && clock is null && DayPart(text) is { } part)
        {
            clock = part;
            clockFromPart = true;
        }

        // "我今天上午都在家，随时可以来": any time that day — today means as soon as possible, a later day its start.
        if (at is null && day is { } anyDay && (clock is null || clockFromPart) && AnyTimeThatDay().IsMatch(text))
        {
            var start = ChinaTime.At(anyDay, clock ?? new TimeOnly(9, 0));
            return start > now && anyDay != ChinaTime.DateOf(now) ? (start, null, null, morning, clockFromPart, false) : (null, null, null, morning, false, false);
        }

        if (at is null && day is { } d && clock is { } c && ChinaTime.At(d, bareClock ? c.AddHours(12) : c) is var both && both > now)
        {
            // "明天3点来" with nothing else said: the afternoon.
            return (both, null, null, morning, clockFromPart, false);
        }

        return (at, at is null ? day : null, at is null ? clock : null, morning, at is null && clockFromPart, at is null && bareClock);
    }

    /// <summary>A clock moved to ("改成9点", "改成4点"): as said, unless it is a bare small hour (then the afternoon).</summary>
    private static TimeOnly MovedClock(string text, RecognizedEntity entity, TimeOnly parsed)
    {
        var said = HourAsSaid(entity.Text);
        var clock = said is { } h && h + 12 == parsed.Hour && !SaysPartOfDay(text, entity) ? new TimeOnly(h, parsed.Minute) : parsed;
        return IsBareSmallHour(text, entity, clock.Hour) ? clock.AddHours(12) : clock;
    }

    /// <summary>
    /// "3点来可以吗", "明天4点": an hour from 1 to 6 said with no part of the day is the afternoon — nobody books a visit at
    /// three in the morning without saying 凌晨. The words just before the clock and the clock's own text are read.
    /// </summary>
    private static bool IsBareSmallHour(string text, RecognizedEntity entity, int hour)
    {
        if (hour is < 1 or > 6)
        {
            return false;
        }

        if (SaysPartOfDay(text, entity))
        {
            return false;
        }

        // "7点有点赶，改成6点半吧", "航班9:40，6点来接": a morning said elsewhere in the message, or an early trip, keeps it the morning.
        return AfternoonWords().IsMatch(text) || !(MorningWords().IsMatch(text) || MorningClock().IsMatch(text) || EarlyTrip().IsMatch(text));
    }

    /// <summary>The clock's own words or the few just before it say the part of the day ("下午3点", "凌晨3点", "15:00").</summary>
    private static bool SaysPartOfDay(string text, RecognizedEntity entity)
    {
        var from = Math.Max(0, entity.Start - 4);
        return PartOfDay().IsMatch(text.AsSpan(from, entity.End - from));
    }

    /// <summary>The hour as written at the start of a clock time ("6点半" → 6, "十一点" → 11), or null.</summary>
    private static int? HourAsSaid(string clockText)
    {
        var m = SaidHour().Match(clockText ?? "");
        if (!m.Success)
        {
            return null;
        }

        var h = m.Groups["d"].Value;
        if (h.Length > 0)
        {
            return int.Parse(h, CultureInfo.InvariantCulture);
        }

        var c = m.Groups["c"].Value;
        return c switch
        {
            "十" => 10,
            "十一" => 11,
            "十二" => 12,
            "两" => 2,
            _ => c.Length == 1 ? ChineseNumerals.Digit(c[0]) : null,
        };
    }

    [GeneratedRegex("^(?:(?<d>\\d{1,2})|(?<c>十二|十一|十|两|[一二三四五六七八九]))\\s*(点|:|：|時|时)")]
    private static partial Regex SaidHour();

    [GeneratedRegex("(?<![0-9])([7-9]|1[01])\\s*(点|:|：)")]
    private static partial Regex MorningClock();

    [GeneratedRegex("机场|航班|飞机|高铁|火车|动车|赶车|赶飞机|(?i:\\b(flight|airport|train)\\b)")]
    private static partial Regex EarlyTrip();

    /// <summary>
    /// Words that say the part of the day, or a clock written with a leading zero ("05:30"). A colon alone says nothing:
    /// "5:30" is read like "5点半" (the recognizer may have moved it to the next 17:30), the time agreed or the afternoon
    /// rule deciding which half of the day it is.
    /// </summary>
    [GeneratedRegex("凌晨|半夜|夜里|深夜|早上|早晨|清早|一早|上午|早|晚上|下午|中午|午后|傍晚|下班|[0-9]\\s*(am|pm|a\\.m|p\\.m)|(?<![0-9])0[0-9]\\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfDay();

    /// <summary>What follows a day the owner cannot do: "今天家里没人", "今天不在家", "后天没空".</summary>
    [GeneratedRegex(@"^[^，,。.!！?？]{0,3}(家里|家)?(都)?(没人|没有人|不在|没空|没时间|不行|不方便|要上班|在上班|加班)")]
    private static partial Regex NobodyInThen();

    private static TimeOnly? DayPart(string text) =>
        EveningWords().IsMatch(text) ? new TimeOnly(19, 0)
        : AfternoonWords().IsMatch(text) ? new TimeOnly(14, 0)
        : MorningWords().IsMatch(text) ? new TimeOnly(9, 0)
        : null;

    /// <summary>"是3栋" / "是2单元" said on its own, not inside a full address such as "3栋2单元1202".</summary>
    private static int? OutsideRooms(Regex pattern, string text, IReadOnlyList<RecognizedEntity> found)
    {
        foreach (Match m in pattern.Matches(text))
        {
            var digit = m.Groups.Values.Skip(1).FirstOrDefault(g => g.Success) ?? m.Groups[1];
            if (!found.Any(e => e.Type == EntityTypes.Room && digit.Index >= e.Start && digit.Index < e.End))
            {
                return digit.Value[0] is >= '0' and <= '9'
                    ? int.Parse(digit.Value, CultureInfo.InvariantCulture)
                    : ChineseNumerals.Digit(digit.Value[0]);
            }
        }

        return null;
    }

    /// <summary>The words that are not an entity, a filler or punctuation — a detail worth keeping when long enough.</summary>
    private static string LeftoverOf(string text, IReadOnlyList<RecognizedEntity> found)
    {
        var rest = Filler().Replace(Outside(text, found, static _ => true), " ");
        rest = Spaces().Replace(rest, " ").Trim(' ', '，', ',', '。', '.', '！', '!', '、', '；', ';', '：', ':');
        return rest.Count(char.IsLetter) >= MinLeftover ? rest : "";
    }

    /// <summary>The text with the characters of the entities <paramref name="taken"/> picks left out.</summary>
    private static string Outside(string text, IReadOnlyList<RecognizedEntity> found, Func<RecognizedEntity, bool> taken)
    {
        var keep = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!found.Any(e => i >= e.Start && i < e.End && taken(e)))
            {
                keep.Append(text[i]);
            }
        }

        return keep.ToString();
    }

    /// <summary>
    /// The owner's words as said, with the flat, phone, date and time and the words that only announce them (尾号, 手机号是)
    /// taken out: "修就不用你们修了，我自己找外面的人弄好了。我就是要投诉这个事。" — for the ticket's notes.
    /// </summary>
    private static string RemarkOf(string text, IReadOnlyList<RecognizedEntity> found)
    {
        // Numbers said in words stay ("两个人三个行李箱"); digits are a room, a phone or the last four.
        var rest = SlotAnnouncement().Replace(
            Outside(text, found, static e => e.Type != EntityTypes.Number || (e.Text.Length >= 3 && e.Text.All(char.IsAsciiDigit))), "");
        rest = LoosePunctuation().Replace(rest, m => m.Value[..1]);
        rest = LeadingParticles().Replace(rest.Trim(' ', '，', ',', '。', '.', '、', '；', ';', '：', ':'), "");
        return rest.Any(c => c >= '\u4e00' && c <= '\u9fff') ? rest.Replace(',', '，').Replace(';', '；') : rest;
    }

    [GeneratedRegex(@"(?i)(手机)?尾(号|数)(是)?|后四位(是)?|(手机|电话)(号码?)?(是)?(?=\s*[，,。.]|$)|\b(?:my )?(?:phone|mobile)(?: number)?(?: is)?\b|\b(?:please|pls|plz|thanks|thank you|skip)\b")]
    private static partial Regex SlotAnnouncement();

    [GeneratedRegex(@"^([吧啊呀哦呢嗯的]+[，,。.\s]*)+")]
    private static partial Regex LeadingParticles();

    [GeneratedRegex(@"[，,。.；;、\s]{2,}")]
    private static partial Regex LoosePunctuation();

    /// <summary>"tomorrow at 10am" → 明天上午10点, so the date recognizer reads it.</summary>
    private static string EnglishTimes(string text, DateTimeOffset now) =>
        EnglishTonight().Replace(EnglishTimesOfADay(text, now), m =>
            $"今晚{m.Groups["hour"].Value}点{(m.Groups["min"].Success ? m.Groups["min"].Value + "分" : "")}");

    /// <summary>"at 8 tonight", "tonight around 7:30", "8pm this evening" → 今晚8点, 今晚7点30分.</summary>
    [GeneratedRegex(@"(?i)(?:\b(?:at around|at about|around|about|at|by)\s*)?\b(?<hour>\d{1,2})(?::(?<min>\d{2}))?\s*(?:pm|p\.m\.)?\s*(?:tonight|this evening)\b|\b(?:tonight|this evening)\s*(?:at around|at about|around|about|at|by)\s*(?<hour>\d{1,2})(?::(?<min>\d{2}))?(?:\s*pm)?")]
    private static partial Regex EnglishTonight();

    private static string EnglishTimesOfADay(string text, DateTimeOffset now) =>
        EnglishTime().Replace(text, m =>
        {
            var day = m.Groups["day"].Value.ToLowerInvariant() switch
            {
                "today" => "今天",
                "tomorrow" => "明天",
                _ => "后天",
            };
            var hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture);
            var said = m.Groups["part"].Value.ToLowerInvariant();
            var evening = string.Equals(m.Groups["ampm"].Value, "pm", StringComparison.OrdinalIgnoreCase) || said is "afternoon" or "evening" or "night"
                || (m.Groups["ampm"].Length == 0 && said.Length == 0 && hour is >= 1 and <= 6);
            var part = evening ? "下午" : "上午";
            var minutes = m.Groups["min"].Success ? $"{m.Groups["min"].Value}分" : "";
            // "tomorrow morning? I need to be picked up at 6:30 am": the words between stay, after the time.
            return $"{day}{part}{hour}点{minutes}{m.Groups["gap"].Value}";
        });

    /// <summary>"Wednesday 2pm", "next Friday at 10", "Thursday, same time" → 周三下午2点, 下周五上午10点, 周四.</summary>
    private static string EnglishWeekdays(string text) =>
        EnglishWeekday().Replace(text, m =>
        {
            var day = (m.Groups["next"].Success ? "下" : "") + "周" + (m.Groups["wd"].Value.ToLowerInvariant()[..3] switch
            {
                "mon" => "一",
                "tue" => "二",
                "wed" => "三",
                "thu" => "四",
                "fri" => "五",
                "sat" => "六",
                _ => "日",
            });
            var part = m.Groups["part"].Value.ToLowerInvariant() switch
            {
                "morning" => "上午",
                "afternoon" => "下午",
                "evening" => "晚上",
                _ => "",
            };
            if (!m.Groups["hour"].Success)
            {
                return day + part;
            }

            var hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture);
            if (part.Length == 0)
            {
                part = string.Equals(m.Groups["ampm"].Value, "pm", StringComparison.OrdinalIgnoreCase) || (m.Groups["ampm"].Length == 0 && hour is >= 1 and <= 6) ? "下午" : "上午";
            }

            var minutes = m.Groups["min"].Success ? $"{m.Groups["min"].Value}分" : "";
            return $"{day}{part}{hour}点{minutes}";
        });

    [GeneratedRegex(@"(?i)\b(?:(?<next>next)\s+|(?:this|on|this coming)\s+)?(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?(?:[\s,]*(?<part>morning|afternoon|evening))?(?:[\s,]*(?:(?:at|@)\s*(?<hour>\d{1,2})(?::(?<min>\d{2}))?\s*(?<ampm>am|pm)?|(?<hour>\d{1,2})(?::(?<min>\d{2}))?\s*(?<ampm>am|pm)))?")]
    private static partial Regex EnglishWeekday();

    private static bool IsCallBackNumber(string phone) =>
        phone.Count(char.IsAsciiDigit) >= MinCallBackDigits && !phone.StartsWith("400", StringComparison.Ordinal) && !phone.StartsWith("800", StringComparison.Ordinal);

    /// <summary>A landline without its area code has seven or eight digits; anything shorter is a service line.</summary>
    private const int MinCallBackDigits = 7;

    private static string? BarePhone(string text) =>
        PhoneDigits().Match(text) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"(?i)(?<day>the day after tomorrow|tomorrow|today)\s*(?<part>morning|afternoon|evening|night)?(?:\s*(?:at around|at about|around|about|at|@)?\s*|(?<gap>[^\d.。!！]{0,40}?\b(?:at around|at about|around|about|at|@)\s*))(?<hour>\d{1,2})(?::(?<min>\d{2}))?\s*(?<ampm>am|pm)?")]
    private static partial Regex EnglishTime();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex PhoneDigits();

    /// <summary>"我坐8:50的CZ3101": a flight's or a train's time is not when the owner wants the service;
    /// "我女儿下午四点才放学": someone else's day is not when the owner wants the visit either.</summary>
    [GeneratedRegex(@"(?<=(?:女儿|儿子|孩子|小孩|老公|老婆|爸爸|妈妈|我爸|我妈|老人|他|她)[^，,。]{0,3})(?:今天|明天)?(?:上午|下午|晚上|早上|中午)?[0-9一二三四五六七八九十两]{1,3}点(?:半|[0-9一二三四五六七八九十]{1,3}分?)?(?:才|就要|要)(?:放学|下班|回来|到家|回家|出门|起床)|\d{1,2}[:：点]\d{0,2}分?\s*的\s*(?:[A-Z]{2}\d{2,4}|航班|飞机|高铁|火车|动车|车次|船)|(?:航班|飞机|高铁|火车|动车)[^，,。]{0,6}\d{1,2}[:：点]\d{0,2}分?(?:起飞|出发|开车|到达|落地)")]
    private static partial Regex Timetable();

    [GeneratedRegex(@"(?:而)?不是(?!说|要|让|叫|应该|很|太|特别|漏水|停电)[^，,。；;!！?？是]{1,14}|\bnot\s+[^,.;!?]{1,20}")]
    private static partial Regex Negated();

    [GeneratedRegex(LastFourPhrases.Words)]
    private static partial Regex LastFourWords();

    /// <summary>
    /// "我的13926471085，我老婆的13688130742，…先打我老婆那个": of two numbers, the one of the person the owner says to call
    /// (first), else null.
    /// </summary>
    private static string? PreferredPhone(string text, List<RecognizedEntity> phones)
    {
        if (phones.Count >= 2 && PutRight().IsMatch(text.AsSpan(phones[^2].End, Math.Max(0, phones[^1].Start - phones[^2].End))))
        {
            // "打我电话13912345678，哦不对，是13912345687": the number put right is the one.
            return phones[^1].Value;
        }

        if (phones.Count < 2 || CallThatOne().Match(text) is not { Success: true } call)
        {
            return null;
        }

        var who = call.Groups["who"].Value;
        return phones.FirstOrDefault(p => text.AsSpan(Math.Max(0, p.Start - 8), Math.Min(8, p.Start)).IndexOf(who, StringComparison.Ordinal) >= 0)?.Value;
    }

    [GeneratedRegex(@"不对|说错|打错|写错|错了|更正|纠正|不是这个|(?i:\bsorry\b|\bno wait\b|\bi mean\b|\bcorrection\b)")]
    private static partial Regex PutRight();

    [GeneratedRegex(@"(?:先|优先|请|就|麻烦)?(?:打|联系|拨|call)\s*(?:我)?(?<who>老婆|爱人|太太|妻子|老公|先生|女儿|儿子|妈妈|爸爸|我妈|我爸)(?:的|那个|那个号)", RegexOptions.IgnoreCase)]
    private static partial Regex CallThatOne();

    [GeneratedRegex(@"(?i)(?:" + LastFourPhrases.Words + @")\s*(?:digits?|numbers?|数字|号码)?\s*(?:of\s+(?:my|the|our)\s+(?:phone|mobile|cell|number)(?:\s+number)?)?\s*(?:是|为|:|：|is|are)?\s*(?<digits>\d{4})(?!\d)|(?<=(?:栋|号楼|幢|座)\s*[0-9一二]\s*单元\s*\d{3,4}\s*(?:室|号)?\s*[，,、 ]\s*)(?<digits>\d{4})\s*[。.!！]?\s*$")]
    private static partial Regex LastFourSaid();

    [GeneratedRegex(@"(?:是|改成|改为|在)\s*([1-9])\s*(?:栋|号楼|幢|座)")]
    private static partial Regex BuildingOnly();

    [GeneratedRegex(@"(?:是|改成|改为|在)\s*([1-9])\s*单元")]
    private static partial Regex UnitOnly();

    [GeneratedRegex(@"(?<![\d栋幢座楼一二三四五六七八九十])\s*([1-9一二两三四五六七八九])\s*单元(?![\s的]*[\d一二三四五六七八九零〇])|(?i)\bunit\s*([1-9])\b(?!\s*\d)")]
    private static partial Regex UnitAlone();

    [GeneratedRegex(@"上午|早上|早晨|清早|一早|明早|(?i:\b(?:morning|am)\b)")]
    private static partial Regex MorningWords();

    /// <summary>The evening, and "下班后" / "after work": when people are home from work (19:00 unless a clock is said).</summary>
    [GeneratedRegex(@"晚上|傍晚|今晚|明晚|下班(?:以|之)?后|下了班|(?i:\b(?:evening|tonight|after work)\b)")]
    private static partial Regex EveningWords();

    [GeneratedRegex(@"下午|午后|(?i:\bafternoon\b)")]
    private static partial Regex AfternoonWords();

    [GeneratedRegex(@"尽快|越快越好|马上|随时|都可以|都行|今天就|一直在家|都在家|整天在家|(?:就|正|现在|人)在(?:门口|门外|楼下|家)|(?:门口|门外|楼下)(?:等着|等呢|等你们|候着)|现在(就)?(能|可以)?(来|过来|上门|派)|立刻|立即|赶紧|asap|as soon as|any ?time|right (now|away)|immediately")]
    private static partial Regex Asap();

    /// <summary>
    /// A question: a question mark, 吗 at the end or before a space or comma ("要收钱吗 是我出还是房东出啊"), a question word
    /// — not one the owner waits to see answered ("我等着看你们怎么处理").
    /// </summary>
    [GeneratedRegex(@"[？?]|吗[。.!！]*$|[吗呢]\s*$|吗(?=[\s,，])|多少钱|多少|(?<!等着?看(看)?(你们|物业|他们|她们|他|她)?)怎么|几点|多久|多长时间|什么时候|何时|要不要|能不能|可不可以|是不是|收不收|收费吗|how much|how long|when will|\bwhat\b|\bhow\b")]
    private static partial Regex Question();

    [GeneratedRegex(@"(?i)不对|说错了|写错了|打错了|搞错了|弄错了|记错了|我的?|我家|电话(号码)?是?|手机(号码?)?是?|号码是?|联系方式|联系我|打我|的话|吧|啊|呀|哦|呢|嗯|好的|好|对的|对|是的|就|是|在|，|,|。|\.|！|!|\b(?:phone|my|is|at|tel|mobile|the|and|yes|please|pls|plz|thanks|thank you|skip|ok|okay|sure|hi|hello|number|works? for me|that works|fine)\b")]
    private static partial Regex Filler();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"多久|多长|多長|多少|几点|幾點|什么|什麼|啥|哪|怎么|怎麼|为什么|幾耐|\b(how|what|where|which|why)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksSomethingElse();
}
