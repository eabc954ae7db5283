using System.Globalization;
using ConciergeBot.Dialogs.Understanding.Entities.Temporal;
using DateTimeKind = ConciergeBot.Dialogs.Understanding.Entities.Temporal.DateTimeKind;

namespace ConciergeBot.Tests.Dialogs.Understanding.Temporal;

/// <summary>
/// Writes the recognizer's detailed matches in the shapes of Microsoft.Recognizers.Text's specs: the model's
/// <c>TypeName</c> and <c>Resolution.values[0]</c>, and the parsers' <c>Timex</c>/<c>FutureResolution</c>/<c>PastResolution</c>.
/// </summary>
internal static class RecognizersSpecAdapter
{
    public static string TypeName(DateTimeMatch m) => "datetimeV2." + m.Kind.ToString().ToLowerInvariant();

    /// <summary>The model's first resolution value: resolved back when the expression is ambiguous, as the library lists it.</summary>
    public static SortedDictionary<string, string> ModelValue(DateTimeMatch m)
    {
        var v = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["timex"] = m.Timex };
        var r = m.Past != m.Future && m.Past != default ? m.Past : m.Future;
        if (m.Mod is not null)
        {
            v["Mod"] = m.Mod;
        }

        if (m.IsLunar)
        {
            v["isLunar"] = "True";
        }

        switch (m.Kind)
        {
            case DateTimeKind.Duration:
                v["value"] = m.Duration!.TotalSeconds.ToString("G15", CultureInfo.InvariantCulture);
                break;
            case DateTimeKind.Set:
                v["value"] = "not resolved";
                break;
            case DateTimeKind.Date or DateTimeKind.Time or DateTimeKind.DateTime:
                v["value"] = r.Value is { } value ? Format(m.Kind, value) : "not resolved";
                break;
            default:
                if (r.Start is null && r.End is null)
                {
                    v["value"] = "not resolved";
                }

                if (r.Start is { } s)
                {
                    v["start"] = Format(m.Kind, s);
                }

                if (r.End is { } e)
                {
                    v["end"] = Format(m.Kind, e);
                }

                break;
        }

        return v;
    }

    /// <summary>A parser's resolution: date, time or duration (seconds), forward or back.</summary>
    public static string ParserValue(DateTimeMatch m, bool future)
    {
        var r = future ? m.Future : m.Past;
        return m.Kind switch
        {
            DateTimeKind.Duration => m.Duration!.TotalSeconds.ToString("G15", CultureInfo.InvariantCulture),
            DateTimeKind.Date => (r.Value ?? DateTime.MinValue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeKind.Time => (r.Value ?? DateTime.MinValue).ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            _ => string.Empty,
        };
    }

    /// <summary>The first match of a kind, looking inside ranges and open ranges as the library's parsers would see it.</summary>
    public static DateTimeMatch? FirstOfKind(IEnumerable<DateTimeMatch> matches, DateTimeKind kind)
    {
        foreach (var m in matches)
        {
            if (m.Kind == kind)
            {
                return m;
            }

            if (FirstOfKind(m.Parts, kind) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    private static string Format(DateTimeKind kind, DateTime value) => kind switch
    {
        DateTimeKind.Date or DateTimeKind.DateRange => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeKind.Time or DateTimeKind.TimeRange => value.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        _ => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
    };
}
