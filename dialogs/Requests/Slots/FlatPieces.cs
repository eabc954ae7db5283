using System.Globalization;
using System.Text.RegularExpressions;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Requests.Slots;

/// <summary>
/// A flat given in pieces over two messages: "9栋" (or "9栋2单元") to "请问是哪一户？", then "2单元201" (or "201").
/// The first piece is kept as "9" or "9-2" until the rest comes.
/// </summary>
public static partial class FlatPieces
{
    /// <summary>The building, and the unit if said, of an answer that names nothing else: "9栋", "我住9号楼2单元的".</summary>
    public static string? BuildingAlone(string normalizedText)
    {
        var m = BuildingOnly().Match(normalizedText.Trim());
        return !m.Success ? null : m.Groups[2].Success ? $"{m.Groups[1].Value}-{m.Groups[2].Value}" : m.Groups[1].Value;
    }

    /// <summary>The flat the pieces make with the rest said now ("2单元201", "201室"); null while still ambiguous.</summary>
    public static string? Complete(string soFar, string normalizedText, EstateRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var m = Rest().Match(normalizedText.Trim());
        if (!m.Success)
        {
            return null;
        }

        var room = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var unitSaidNow = m.Groups[1].Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        var parts = soFar.Split('-');
        var building = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var unit = unitSaidNow ?? (parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null);
        if (unit is not null)
        {
            return register.TryGetRoom(building, unit, room)?.Key;
        }

        return register.Candidates(building, room) is [var only] ? only.Key : null;
    }

    /// <summary>How the piece is said back: "9栋", "9栋2单元".</summary>
    public static string Describe(string soFar) =>
        soFar.Split('-') is [var b, var u] ? $"{b}栋{u}单元" : $"{soFar}栋";

    [GeneratedRegex(@"^(?:是|就是)?\s*(?:([1-9])\s*单元\s*(?:的)?)?\s*(\d{3,4})\s*(?:室|号|号房|房)?\s*(?:的)?\s*[。.!！,，~]*$")]
    private static partial Regex Rest();

    [GeneratedRegex(@"^(?:是|在|我(?:家|们家)?(?:住)?(?:在)?|住(?:在)?)?\s*([1-9])\s*(?:栋|号楼|幢|座)\s*(?:([1-9])\s*单元)?\s*(?:的)?\s*[。.!！,，~]*$")]
    private static partial Regex BuildingOnly();
}
