namespace ConciergeBot.Dialogs.Understanding.Entities.Numbers;

/// <summary>Optional notations the parser accepts.</summary>
[Flags]
internal enum NumberSyntax
{
    None = 0,

    /// <summary>k/m/g/t after Arabic digits (40k, -2.5 M), as Microsoft's number model reads them.</summary>
    MetricSuffix = 1 << 0,

    /// <summary>k and w (万) after Arabic digits, as owners write money (3k, 10w).</summary>
    ColloquialSuffix = 1 << 1,

    /// <summary>Arabic fractions 3/5 and mixed numbers 1 3/5.</summary>
    SlashFractions = 1 << 2,

    /// <summary>Scientific notation 2e5, 2^5.</summary>
    Exponents = 1 << 3,

    /// <summary>Chinese fractions 五分之一, 三又三分之一.</summary>
    ChineseFractions = 1 << 4,

    /// <summary>Spaces between the parts of one numeral (一百 五 十 二, 7 万5 千4 百, 四百 点 五): in owners' messages a
    /// space separates clauses (一个月三百 一年三千三), so only the specification reads them.</summary>
    SpacedNumerals = 1 << 5,

    /// <summary>Everything Microsoft's Chinese number model reads.</summary>
    Specification = MetricSuffix | SlashFractions | Exponents | ChineseFractions | SpacedNumerals,

    /// <summary>What owner messages need: no slash fractions (dates, addresses) and no metric letters (3m is metres).</summary>
    Messages = ColloquialSuffix | ChineseFractions,
}
