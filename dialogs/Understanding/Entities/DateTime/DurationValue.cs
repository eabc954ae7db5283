using System.Globalization;
using System.Text;

namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>A length of time by calendar unit, as written (三年半 keeps 3.5 years).</summary>
internal sealed record DurationValue(double Years, double Months, double Weeks, double Days, double Hours, double Minutes, double Seconds)
{
    public const double SecondsPerYear = 31536000;
    public const double SecondsPerMonth = 2592000;

    /// <summary>Total seconds with Microsoft's conventions (a year is 365 days, a month 30 days).</summary>
    public double TotalSeconds =>
        (Years * SecondsPerYear) + (Months * SecondsPerMonth) + (Weeks * 604800) + (Days * 86400) + (Hours * 3600) + (Minutes * 60) + Seconds;

    /// <summary>TIMEX as Microsoft writes it: fractions kept (PT0.5H, P3.5Y), P1W3D.</summary>
    public string Timex => Format(Years, Months, Weeks, Days, Hours, Minutes, Seconds);

    /// <summary>
    /// ISO 8601 for owners' dialogs and <c>triage</c>: fractions carried to smaller units
    /// (一个半小时 → PT1H30M, 半小时 → PT30M, 三年半 → P3Y6M).
    /// </summary>
    public string Iso
    {
        get
        {
            var y = Math.Floor(Years);
            var mo = Months + ((Years - y) * 12);
            var m = Math.Floor(mo);
            var w = Math.Floor(Weeks);
            var d = Days + ((mo - m) * 30) + ((Weeks - w) * 7);
            var dd = Math.Floor(d);
            var h = Hours + ((d - dd) * 24);
            var hh = Math.Floor(h);
            var mi = Minutes + ((h - hh) * 60);
            var mm = Math.Floor(mi);
            var s = Math.Round(Seconds + ((mi - mm) * 60), 3);
            return Format(y, m, w, dd, hh, mm, s);
        }
    }

    private static string Format(double y, double mo, double w, double d, double h, double mi, double s)
    {
        var sb = new StringBuilder("P", 16);
        Append(sb, y, 'Y');
        Append(sb, mo, 'M');
        Append(sb, w, 'W');
        Append(sb, d, 'D');
        if (h > 0 || mi > 0 || s > 0)
        {
            sb.Append('T');
            Append(sb, h, 'H');
            Append(sb, mi, 'M');
            Append(sb, s, 'S');
        }

        return sb.Length == 1 ? "PT0S" : sb.ToString();
    }

    private static void Append(StringBuilder sb, double value, char unit)
    {
        if (value > 0)
        {
            sb.Append(value.ToString("0.###", CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
