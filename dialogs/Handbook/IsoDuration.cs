using System.Globalization;
using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Handbook;

/// <summary>Reads the canonical ISO 8601 value of a duration entity ("P3M", "P60D", "PT10H", "PT1H30M").</summary>
internal static partial class IsoDuration
{
    public static bool TryParse(string value, out decimal months, out decimal days, out decimal hours)
    {
        months = days = hours = 0;
        var match = Pattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        months = Read(match, "y") * 12 + Read(match, "mo");
        days = Read(match, "w") * 7 + Read(match, "d");
        hours = Read(match, "h") + Read(match, "mi") / 60m + Read(match, "s") / 3600m;
        return true;
    }

    /// <summary>The duration in hours, counting a day as 24 hours (months are not converted).</summary>
    public static decimal? TotalHours(string value) =>
        TryParse(value, out var months, out var days, out var hours) && months == 0 ? days * 24 + hours : null;

    private static decimal Read(Match match, string group) =>
        match.Groups[group].Success ? decimal.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<y>[\d.]+)Y)?(?:(?<mo>[\d.]+)M)?(?:(?<w>[\d.]+)W)?(?:(?<d>[\d.]+)D)?(?:T(?:(?<h>[\d.]+)H)?(?:(?<mi>[\d.]+)M)?(?:(?<s>[\d.]+)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
