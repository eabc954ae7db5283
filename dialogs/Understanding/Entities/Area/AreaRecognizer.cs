using ConciergeBot.Dialogs.Understanding.Entities.Numbers;

namespace ConciergeBot.Dialogs.Understanding.Entities.Area;

/// <summary>
/// Finds floor areas in square metres: 128平, 105平米, 89.5平方米, 一百四十三平, 89㎡, 120m², 100个平方,
/// ranges (80-100平 gives two), and a bare figure right after 面积 (建筑面积是89.5).
/// </summary>
internal static class AreaRecognizer
{
    private static readonly string[] Units = ["平方米", "平方公尺", "平米", "平方", "平", "㎡", "m²", "M²", "m2", "M2", "个平方", "个平米", "个平"];

    // 平 starting a word is not an area unit: 平时, 平台, 平均 …
    private const string NotAfterPing = "时台安均静常整稳衡板顶价日息复等凡和行面方";

    public static void Recognize(string text, List<ParsedNumber> numbers, List<RecognizedEntity> output)
    {
        for (int k = 0; k < numbers.Count; k++)
        {
            ParsedNumber number = numbers[k];
            if (number.Value <= 0 || number.Has(NumberTraits.Negative))
            {
                continue;
            }

            if (TryUnit(text, number.End, out int end))
            {
                if (k > 0 && IsRange(text, numbers[k - 1], number) && !TryUnit(text, numbers[k - 1].End, out _))
                {
                    output.Add(Entity(text, numbers[k - 1].Start, numbers[k - 1].End, numbers[k - 1].Value));
                }

                output.Add(Entity(text, number.Start, end, number.Value));
            }
            else if (AfterAreaWord(text, number.Start) && !number.Has(NumberTraits.LoneDigit) && !TextScan.IsCjk(TextScan.NextNonSpace(text, number.End)))
            {
                output.Add(Entity(text, number.Start, number.End, number.Value));
            }
        }
    }

    private static RecognizedEntity Entity(string text, int start, int end, double value) =>
        new(EntityTypes.Area, text[start..end], start, end - start, EntityValueFormat.Number(value));

    private static bool TryUnit(string text, int numberEnd, out int end)
    {
        end = numberEnd;
        int at = numberEnd < text.Length && text[numberEnd] == ' ' ? numberEnd + 1 : numberEnd;
        if (!TextScan.StartsWithAny(text, at, Units, out string? unit))
        {
            return false;
        }

        int after = at + unit!.Length;
        char next = after < text.Length ? text[after] : '\0';
        if ((unit.EndsWith('平') && NotAfterPing.Contains(next))
            || (unit.EndsWith('方') && next is '公' or '千')
            || (unit[^1] == '2' && (ChineseNumerals.IsAsciiDigit(next) || ChineseNumerals.IsAsciiLetter(next))))
        {
            return false;
        }

        end = after;
        return true;
    }

    private static bool IsRange(string text, ParsedNumber first, ParsedNumber second)
    {
        int q = NumberParser.SkipSpaces(text, first.End, text.Length);
        return q < text.Length && text[q] is '-' or '~' or '到' or '至' && NumberParser.SkipSpaces(text, q + 1, text.Length) == second.Start;
    }

    private static bool AfterAreaWord(string text, int start)
    {
        int clause = TextScan.ClauseStart(text, start);
        int word = text.AsSpan(clause, start - clause).LastIndexOf("面积", StringComparison.Ordinal);
        return word >= 0 && start - (clause + word + 2) <= 2;
    }
}
