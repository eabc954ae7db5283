namespace ConciergeBot.Dialogs.Understanding.Entities.Numbers;

/// <summary>How a number was written; recognizers use it to judge context (a lone 一 is not a number everywhere).</summary>
[Flags]
internal enum NumberTraits
{
    None = 0,
    Arabic = 1 << 0,
    Chinese = 1 << 1,
    Decimal = 1 << 2,
    Multiplier = 1 << 3,
    Approximate = 1 << 4,
    Negative = 1 << 5,

    /// <summary>A single Chinese digit character (一, 两, 零): a number only where the context says so.</summary>
    LoneDigit = 1 << 6,
    Fraction = 1 << 7,
    Dozen = 1 << 8,
    Grouped = 1 << 9,
    Scientific = 1 << 10,

    /// <summary>Ends in 半 after a unit-less numeral (半百) or with a trailing letter multiplier (3k).</summary>
    Suffixed = 1 << 11,
}
