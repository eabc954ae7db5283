namespace ConciergeBot.Dialogs.Understanding.Entities.Numbers;

/// <summary>
/// Turns scanned numbers and percentages into entities, leaving out the numerals of ordinary words in owners'
/// messages (看一下, 一起, 快一点, 十分感谢) and vague counts next to 几 (十几个, 几十).
/// </summary>
internal static class NumberRecognizer
{
    // 一 followed by these is an adverb or a set phrase, not a count.
    private const string AfterYiNotCount = "下起些样边面路生带手番向度再点旦直般定共切致同概律味";

    // 成/折 followed by these starts a word (完成, 成功, 折腾), not a proportion.
    private const string NotAfterProportion = "为功本员立交长果绩都品熟腾叠断磨扣旧";

    public static void Recognize(string text, List<ParsedNumber> numbers, List<ParsedNumber> percents, List<RecognizedEntity> output)
    {
        foreach (ParsedNumber number in numbers)
        {
            // Card, account and ID numbers are identifiers, not quantities.
            if (!IsIdiom(text, number) && !(number.Has(NumberTraits.Arabic) && number.Value >= 1e12 && !number.Has(NumberTraits.Multiplier)))
            {
                output.Add(new RecognizedEntity(EntityTypes.Number, text[number.Start..number.End], number.Start, number.Length, EntityValueFormat.Number(number.Value)));
            }
        }

        foreach (ParsedNumber percent in percents)
        {
            char last = text[percent.End - 1];
            if (last is '成' or '折' && percent.End < text.Length && NotAfterProportion.Contains(text[percent.End]))
            {
                continue;
            }

            output.Add(new RecognizedEntity(EntityTypes.Percent, text[percent.Start..percent.End], percent.Start, percent.Length, EntityValueFormat.Number(percent.Value)));
        }
    }

    private static bool IsIdiom(string text, ParsedNumber number)
    {
        char first = text[number.Start];
        char next = number.End < text.Length ? text[number.End] : '\0';
        if (next is '几' || (number.Start > 0 && text[number.Start - 1] == '几'))
        {
            return true;
        }

        if (number.Length == 1 && first == '一' && AfterYiNotCount.Contains(next))
        {
            return true;
        }

        // 十分 is "very" unless it is minutes (十分钟).
        return number.Length == 1 && first == '十' && next == '分' && (number.End + 1 >= text.Length || text[number.End + 1] != '钟');
    }
}
