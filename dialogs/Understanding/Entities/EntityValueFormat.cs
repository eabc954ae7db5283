using System.Globalization;

namespace ConciergeBot.Dialogs.Understanding.Entities;

/// <summary>Canonical text of numeric entity values: invariant, no exponent for ordinary amounts ("4838.4", "15000").</summary>
internal static class EntityValueFormat
{
    public static string Number(double value) =>
        Math.Abs(value) < 1e15
            ? value.ToString("0.######", CultureInfo.InvariantCulture)
            : value.ToString("G15", CultureInfo.InvariantCulture);
}
