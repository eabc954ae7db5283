using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// The questions of a message: each sentence that ends in a question mark or asks with a question word
/// ("…一天万分之三？…那我现在就交，在哪交方便"), in the order asked. Statements around them ("麻烦派人去跟他们沟通一下")
/// are left out, so the handbook is searched with what was asked.
/// </summary>
public static partial class QuestionSentences
{
    private const int MinQuestionLength = 4;

    public static List<string> Of(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return Sentence().Matches(normalized)
            .Select(m => (Text: m.Groups["text"].Value.Trim(' ', '，', ',', '、'), Asked: m.Groups["end"].Value.StartsWith('？') || m.Groups["end"].Value.StartsWith('?')))
            .Where(s => s.Text.Length >= MinQuestionLength && (s.Asked || QuestionWord().IsMatch(s.Text)))
            .Select(s => s.Text).ToList();
    }

    /// <summary>
    /// What the message asks, for the handbook: its question sentences joined, or the message itself when it is one
    /// question and nothing else, or asks nothing a sentence shows.
    /// </summary>
    public static string AskedIn(string normalized)
    {
        var questions = Of(normalized);
        var wholeMessageAsks = questions.Count == 1 && questions[0].Length >= normalized.Length - 2;
        return questions.Count == 0 || wholeMessageAsks ? normalized : string.Join("，", questions);
    }

    /// <summary>A sentence and the marks that end it (none at the end of the message).</summary>
    [GeneratedRegex(@"(?<text>[^？?。！!…]+)(?<end>[？?。！!…]*)")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"吗|呢|哪|怎么|什么|多少|几点|如何|是否|能不能|可不可以|可以不|要不要|有没有")]
    private static partial Regex QuestionWord();
}
