using ConciergeBot.Knowledge.Calendar;
using System.Globalization;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>
/// Recognises Chinese dates, times, date-times and durations in a normalised (Simplified, half-width) message
/// and resolves them in Asia/Shanghai local time against a reference instant; it never reads the clock.
/// Values follow the evaluation conventions: date "2026-11-25", time "15:00", datetime "2026-11-23T15:00",
/// duration ISO 8601 "PT1H30M". A range (10点到12点) gives two entities.
/// </summary>
public sealed class DateTimeRecognizer
{
    /// <summary>Finds the temporal entities of <paramref name="normalizedText"/>, in order of appearance.</summary>
    /// <param name="normalizedText">Message after normalisation (Simplified Chinese, half-width).</param>
    /// <param name="now">Reference instant; converted to Asia/Shanghai local time.</param>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static",
        Justification = "Instance API so the composite recognizer can hold and inject it like its other recognizers.")]
    public IReadOnlyList<RecognizedEntity> Recognize(string normalizedText, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var local = ChinaTime.LocalDateTime(now);
        var matches = DateTimeExtractor.Extract(normalizedText, local);
        if (matches.Count == 0)
        {
            return [];
        }

        var entities = new List<RecognizedEntity>(matches.Count);
        var frame = IsNight(local) ? DayPeriod.Night : DayPeriod.None;
        foreach (var m in matches)
        {
            if (m is { Kind: DateTimeKind.TimeRange, Parts.Count: 0 })
            {
                // 半夜…都一点了, 下午…4点: a part of the day said earlier frames a bare hour said later.
                frame = m.Timex switch
                {
                    "TNI" or "TDA" => DayPeriod.Night,
                    "TAF" or "TEV" => DayPeriod.Afternoon,
                    "TMO" or "TMI" => DayPeriod.Morning,
                    _ => frame,
                };
            }

            Emit(normalizedText, m, frame, local, entities);
        }

        return entities;
    }

    /// <summary>Full datetimeV2-style resolutions (TIMEX, forward and back values) against a local reference time.</summary>
    internal static IReadOnlyList<DateTimeMatch> RecognizeDetailed(string normalizedText, DateTime localReference) =>
        DateTimeExtractor.Extract(normalizedText, localReference);

    private static void Emit(string text, DateTimeMatch m, DayPeriod frame, DateTime local, List<RecognizedEntity> output)
    {
        if (m.SpecOnly)
        {
            return;
        }

        if (m.Parts.Count > 0)
        {
            foreach (var part in m.Parts)
            {
                Emit(text, part, frame, local, output);
            }

            return;
        }

        var (type, value) = m.Kind switch
        {
            DateTimeKind.Date => (EntityTypes.Date, DateValue(m.OwnerDate, m.Future.Value)),
            DateTimeKind.DateRange or DateTimeKind.DateTimeRange => (EntityTypes.Date, DateValue(m.OwnerDate, null)),
            DateTimeKind.Time => (EntityTypes.Time, ClockValue(m, frame, SaidAsAlready(text, m) ? local : null, text)?.ToString("HH:mm", CultureInfo.InvariantCulture)),
            DateTimeKind.DateTime => (EntityTypes.DateTime, DateTimeValue(m)),
            DateTimeKind.Duration => (EntityTypes.Duration, m.Duration?.Iso),
            _ => (string.Empty, null),
        };
        if (value is not null)
        {
            output.Add(new RecognizedEntity(type, text.Substring(m.Start, m.Length), m.Start, m.Length, value));
        }
    }

    private static string? DateValue(DateOnly? ownerDate, DateTime? value) =>
        ownerDate is { } d ? DateMath.Date(d) : value is { } v ? DateMath.Date(DateOnly.FromDateTime(v)) : null;

    private static string? DateTimeValue(DateTimeMatch m)
    {
        if (ClockValue(m, DayPeriod.None, null) is not { } v)
        {
            return null;
        }

        if (m.OwnerDate is { } d)
        {
            v = d.ToDateTime(TimeOnly.FromDateTime(v));
        }

        return v.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The owner's clock value for an hour said without 上午/下午: said as "already" (十一点了还在吵, 9点了还没来) it is
    /// the latest such time not after now; after 下午/晚上 earlier in the message it is p.m., after 上午 a.m.;
    /// otherwise 1–6 is the afternoon (师傅2点来 means 14:00) except at night or after 半夜/凌晨; others as written.
    /// </summary>
    private static DateTime? ClockValue(DateTimeMatch m, DayPeriod frame, DateTime? alreadyAt, string? text = null)
    {
        if (m.Future.Value is not { } v || !m.HalfDayAmbiguous || v.Hour is 0 or 12)
        {
            return m.Future.Value;
        }

        if (frame is DayPeriod.Afternoon or DayPeriod.Morning && m.Kind == DateTimeKind.Time)
        {
            return frame == DayPeriod.Afternoon ? v.AddHours(12) : v; // 下午说好的 都四点了
        }

        if (alreadyAt is { } now && m.Kind == DateTimeKind.Time)
        {
            if (v.Hour >= 8 && text is not null && IsNoiseComplaint(text))
            {
                return v.AddHours(12); // 十点半了还在吵: noise "already" at ten is ten at night
            }

            var limit = now.TimeOfDay + TimeSpan.FromMinutes(30);
            var pm = v.TimeOfDay + TimeSpan.FromHours(12);
            return pm <= limit || v.TimeOfDay > limit ? v.AddHours(12) : v;
        }

        return v.Hour <= 6 && frame != DayPeriod.Night ? v.AddHours(12) : v;
    }

    private static readonly string[] NoiseCues = ["吵", "噪音", "响", "敲", "装修", "电钻", "打钻", "唱", "蹦", "砸", "叫", "音乐", "萨克斯", "麻将", "跳"];

    private static bool IsNoiseComplaint(string text)
    {
        foreach (var cue in NoiseCues)
        {
            if (text.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>十点了, 十一点多了: the time is said as already reached.</summary>
    private static bool SaidAsAlready(string text, DateTimeMatch m)
    {
        var end = m.End < text.Length && text[m.End] == '多' ? m.End + 1 : m.End;
        return end < text.Length && text[end] == '了';
    }

    private static bool IsNight(DateTime local) => local.Hour is >= 22 or < 7;
}
