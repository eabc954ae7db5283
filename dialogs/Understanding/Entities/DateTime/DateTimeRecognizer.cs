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
        var local = ShanghaiTime.ToLocal(now);
        var matches = DateTimeExtractor.Extract(normalizedText, local);
        if (matches.Count == 0)
        {
            return [];
        }

        var entities = new List<RecognizedEntity>(matches.Count);
        var night = IsNight(local);
        foreach (var m in matches)
        {
            if (m is { Kind: DateTimeKind.TimeRange, Parts.Count: 0 })
            {
                // 半夜…都一点了, 下午…4点: a part of the day said earlier frames a bare hour said later.
                night = m.Timex is "TNI" or "TDA" || (night && m.Timex is not ("TAF" or "TEV" or "TMO" or "TMI"));
            }

            Emit(normalizedText, m, night, entities);
        }

        return entities;
    }

    /// <summary>Full datetimeV2-style resolutions (TIMEX, forward and back values) against a local reference time.</summary>
    internal static IReadOnlyList<DateTimeMatch> RecognizeDetailed(string normalizedText, DateTime localReference) =>
        DateTimeExtractor.Extract(normalizedText, localReference);

    private static void Emit(string text, DateTimeMatch m, bool night, List<RecognizedEntity> output)
    {
        if (m.SpecOnly)
        {
            return;
        }

        if (m.Parts.Count > 0)
        {
            foreach (var part in m.Parts)
            {
                Emit(text, part, night, output);
            }

            return;
        }

        var (type, value) = m.Kind switch
        {
            DateTimeKind.Date => (EntityTypes.Date, DateValue(m.OwnerDate, m.Future.Value)),
            DateTimeKind.DateRange or DateTimeKind.DateTimeRange => (EntityTypes.Date, DateValue(m.OwnerDate, null)),
            DateTimeKind.Time => (EntityTypes.Time, ClockValue(m, night)?.ToString("HH:mm", CultureInfo.InvariantCulture)),
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
        if (ClockValue(m, false) is not { } v)
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
    /// The owner's clock value: an hour from 1 to 6 said without 上午/下午 is taken as the afternoon
    /// (师傅2点来 means 14:00), except for a time alone written at night (都一点了 at 01:10); 7–12 are kept as written.
    /// </summary>
    private static DateTime? ClockValue(DateTimeMatch m, bool night)
    {
        if (m.Future.Value is not { } v)
        {
            return null;
        }

        return m.HalfDayAmbiguous && !night && v.Hour is >= 1 and <= 6 ? v.AddHours(12) : v;
    }

    private static bool IsNight(DateTime local) => local.Hour is >= 22 or < 7;
}
