using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Tests.Dialogs.Understanding.Specs;

/// <summary>
/// Microsoft's Chinese Currency and Dimension models (NumberWithUnit) on top of our number parser: a number, an
/// optional 个 and space, then a unit from the model's table; currency amounts may continue with a smaller coin
/// (五元三毛, 两美元又三美分), dimensions with 半 (一吨半); a unit whose name starts with 千/兆 takes that
/// multiplier from the number (三千比特 = 3 Kilobit); a bare currency name resolves to no value (人民币 美元).
/// </summary>
internal static class UnitSpecModels
{
    private const string Yuan = "Chinese yuan";
    private const string UsDollar = "United States dollar";
    private const string Yen = "Japanese yen";

    private static readonly UnitTable Currencies = new(
    [
        ("元", Yuan, 1), ("块", Yuan, 1), ("块钱", Yuan, 1), ("人民币", Yuan, 1), ("元人民币", Yuan, 1), ("圆", Yuan, 1),
        ("角", Yuan, 0.1), ("毛", Yuan, 0.1), ("分", Yuan, 0.01),
        ("美元", UsDollar, 1), ("美金", UsDollar, 1), ("美圆", UsDollar, 1), ("美刀", UsDollar, 1), ("美分", UsDollar, 0.01),
        ("欧元", "Euro", 1), ("英镑", "British pound", 1), ("日元", Yen, 1), ("日本銭", Yen, 0.01), ("日本钱", Yen, 0.01),
        ("港元", "Hong Kong dollar", 1), ("港币", "Hong Kong dollar", 1), ("台币", "New Taiwan dollar", 1), ("新台币", "New Taiwan dollar", 1),
        ("瑞士法郎", "Swiss franc", 1), ("法郎", "Franc", 1), ("奈拉", "Nigerian naira", 1), ("韩元", "South Korean won", 1),
        ("卢布", "Russian ruble", 1), ("澳元", "Australian dollar", 1), ("加元", "Canadian dollar", 1), ("比特币", "Bitcoin", 1),
    ]);

    // Names that stand for a currency even without an amount (人民币 美元); coins and 块/元 do not.
    private static readonly UnitTable CurrencyNames = new(
    [
        ("人民币", Yuan, 1), ("美元", UsDollar, 1), ("美金", UsDollar, 1), ("欧元", "Euro", 1), ("英镑", "British pound", 1),
        ("日元", Yen, 1), ("港元", "Hong Kong dollar", 1), ("港币", "Hong Kong dollar", 1), ("比特币", "Bitcoin", 1),
    ]);

    private static readonly UnitTable CurrencySymbols = new([("$", "Dollar", 1), ("¥", Yuan, 1), ("€", "Euro", 1), ("£", "British pound", 1)]);

    private static readonly UnitTable Dimensions = new(
    [
        ("亩", "Mu", 1), ("公顷", "Hectare", 1), ("平方米", "Square meter", 1), ("平方公里", "Square kilometer", 1),
        ("公斤", "Kilogram", 1), ("千克", "Kilogram", 1), ("kg", "Kilogram", 1), ("克", "Gram", 1), ("g", "Gram", 1), ("毫克", "Milligram", 1),
        ("微克", "Microgram", 1), ("吨", "Ton", 1), ("斤", "Jin", 1), ("两", "Liang", 1), ("磅", "Pound", 1),
        ("公分", "Centimeter", 1), ("厘米", "Centimeter", 1), ("cm", "Centimeter", 1), ("毫米", "Millimeter", 1), ("mm", "Millimeter", 1),
        ("米", "Meter", 1), ("m", "Meter", 1), ("千米", "Kilometer", 1), ("公里", "Kilometer", 1), ("km", "Kilometer", 1),
        ("英里", "Mile", 1), ("英尺", "Foot", 1), ("英寸", "Inch", 1), ("升", "Liter", 1), ("毫升", "Milliliter", 1),
        ("比特", "Bit", 1), ("千比特", "Kilobit", 1), ("兆比特", "Megabit", 1), ("字节", "Byte", 1), ("千字节", "Kilobyte", 1),
        ("兆字节", "Megabyte", 1), ("吉字节", "Gigabyte", 1),
    ]);

    public static SpecResult? Currency(string input)
    {
        string text = TextNormalizer.Shared.Normalize(input).Text;
        for (int i = 0; i < text.Length; i++)
        {
            if (CurrencySymbols.TryMatch(text, i, out string symbol, out string symbolUnit, out _)
                && TryNumber(text, i + symbol.Length, out ParsedNumber prefixed))
            {
                return new SpecResult(text[i..prefixed.End], prefixed.Value, symbolUnit);
            }

            if (StartsNumber(text, i) && TryNumber(text, i, out ParsedNumber number) && TryCurrencyAfter(text, number, out SpecResult? amount))
            {
                return amount;
            }

            if (CurrencyNames.TryMatch(text, i, out string name, out string unit, out _))
            {
                return new SpecResult(name, null, unit);
            }
        }

        return null;
    }

    public static SpecResult? Dimension(string input)
    {
        string text = TextNormalizer.Shared.Normalize(input).Text;
        for (int i = 0; i < text.Length; i++)
        {
            if (StartsNumber(text, i) && TryNumber(text, i, out ParsedNumber number) && TryDimensionAfter(text, number, out SpecResult? measure))
            {
                return measure;
            }
        }

        return null;
    }

    private static bool TryCurrencyAfter(string text, ParsedNumber number, out SpecResult? amount)
    {
        amount = null;
        if (!TryUnitAfter(text, number, Currencies, out int end, out string unit, out double scale, out ParsedNumber used)
            || IsCurrencyWordNotMoney(text, end))
        {
            return false;
        }

        double value = used.Value * scale;

        // 8亿元人民币: the currency named twice. 五元三毛, 两美元又三美分, 10日元5日本銭: a smaller coin follows.
        if (Currencies.TryMatch(text, end, out string again, out string againUnit, out double againScale) && againUnit == unit && againScale == scale)
        {
            end += again.Length;
        }
        else
        {
            int next = end < text.Length && text[end] == '又' ? end + 1 : end;
            if (next < text.Length && StartsNumber(text, next) && TryNumber(text, next, out ParsedNumber change)
                && TryUnitAfter(text, change, Currencies, out int changeEnd, out string changeUnit, out double changeScale, out ParsedNumber changeUsed)
                && changeUnit == unit && changeScale < scale)
            {
                value += changeUsed.Value * changeScale;
                end = changeEnd;
            }
        }

        amount = new SpecResult(text[number.Start..end], Math.Round(value, 10), unit);
        return true;
    }

    private static bool TryDimensionAfter(string text, ParsedNumber number, out SpecResult? measure)
    {
        measure = null;
        if (!TryUnitAfter(text, number, Dimensions, out int end, out string unit, out _, out ParsedNumber used))
        {
            return false;
        }

        double value = used.Value;
        if (end < text.Length && text[end] == '半' && used.IsWholeNumber)
        {
            value += 0.5;
            end++;
        }

        measure = new SpecResult(text[number.Start..end], value, unit);
        return true;
    }

    /// <summary>The unit after a number; if the number ends in 千/兆/两 and that character starts a unit, the unit
    /// takes it (三千比特, 五十兆字节, 两万两).</summary>
    private static bool TryUnitAfter(string text, ParsedNumber number, UnitTable units, out int end, out string unit, out double scale, out ParsedNumber used)
    {
        used = number;
        char last = text[number.End - 1];
        if (number.Length > 1 && last is '千' or '兆' or '两' && units.TryMatch(text, number.End - 1, out string name, out unit, out scale)
            && TryNumberBefore(text, number.Start, number.End - 1, out ParsedNumber shorter))
        {
            used = shorter;
            end = number.End - 1 + name.Length;
            return true;
        }

        int at = number.End;
        if (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (at < text.Length && text[at] == '个')
        {
            at++;
        }

        if (units.TryMatch(text, at, out name, out unit, out scale))
        {
            end = at + name.Length;
            return true;
        }

        end = 0;
        return false;
    }

    /// <summary>五角大楼 (the Pentagon), 三分钟: coin names that begin another word.</summary>
    private static bool IsCurrencyWordNotMoney(string text, int end) =>
        end < text.Length && text[end - 1] is '角' or '分' or '毛' && text[end] is '大' or '钟' or '之' or '巾' or '形' or '落';

    private static bool TryNumber(string text, int start, out ParsedNumber number) =>
        NumberParser.TryParse(text, start, text.Length, NumberSyntax.Exponents | NumberSyntax.ChineseFractions, out number);

    private static bool TryNumberBefore(string text, int start, int limit, out ParsedNumber number) =>
        NumberParser.TryParse(text, start, limit, NumberSyntax.Exponents, out number) && number.End == limit;

    private static bool StartsNumber(string text, int i) =>
        i == 0 || !(char.IsAsciiDigit(text[i - 1]) || ChineseNumerals.IsNumeral(text[i - 1]) || text[i - 1] == '.' || char.IsAsciiLetter(text[i - 1]));
}
