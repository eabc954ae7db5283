namespace ConciergeBot.Tests.Dialogs.Understanding.Specs;

/// <summary>Unit names of a spec model, matched longest first at a position (Latin names case-insensitively).</summary>
internal sealed class UnitTable(IEnumerable<(string Name, string Unit, double Scale)> entries)
{
    private readonly (string Name, string Unit, double Scale)[] entries = [.. entries.OrderByDescending(e => e.Name.Length)];

    public bool TryMatch(string text, int index, out string name, out string unit, out double scale)
    {
        ReadOnlySpan<char> rest = text.AsSpan(index);
        foreach (var (n, u, s) in entries)
        {
            if (rest.StartsWith(n, StringComparison.OrdinalIgnoreCase)
                && !(char.IsAsciiLetter(n[^1]) && rest.Length > n.Length && char.IsAsciiLetter(rest[n.Length])))
            {
                (name, unit, scale) = (n, u, s);
                return true;
            }
        }

        (name, unit, scale) = (string.Empty, string.Empty, 0);
        return false;
    }
}
