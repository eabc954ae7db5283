namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>How a number was written.</summary>
internal enum NumeralStyle
{
    /// <summary>Arabic digits without a leading zero.</summary>
    Arabic,

    /// <summary>Arabic digits with a leading zero (07, 0802).</summary>
    ArabicLeadingZero,

    /// <summary>A Chinese numeral with units or a single Chinese digit (十二, 两, 五).</summary>
    Chinese,

    /// <summary>Chinese digits read one by one (二零零四).</summary>
    ChineseDigits,
}
