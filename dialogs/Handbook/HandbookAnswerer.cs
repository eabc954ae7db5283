using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Understanding.Entities.Rooms;
using ConciergeBot.Dialogs.Understanding.Normalization;
using ConciergeBot.Knowledge.Handbook;
using ConciergeBot.Knowledge.Search;
using ConciergeBot.Knowledge.Store;

namespace ConciergeBot.Dialogs.Handbook;

/// <summary>
/// Answers fee and handbook questions, for owners and staff alike: computes fees when the question carries the
/// figures (a room on the register or an area, amounts, hours, days), answers room areas and who-is-who from the
/// register and roster, and otherwise quotes the best handbook entry with its source and effective date — or says
/// it does not know and promises a person within 30 minutes. A question in Traditional is answered in Traditional.
/// Thread-safe; every answer reads one knowledge snapshot.
/// </summary>
public sealed partial class HandbookAnswerer(KnowledgeStore store, EntityExtractor entities, TimeProvider time)
{
    private const string FeeSource = "收费标准";

    /// <summary>Answers a question as written (the <c>ask</c> command): a Traditional question gets a Traditional answer.</summary>
    public HandbookAnswer Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var normalized = TextNormalizer.Shared.Normalize(question);
        var answer = Answer(normalized.Text, store.Current);
        return normalized.WasTraditional ? answer with { Text = TextNormalizer.Shared.ToTraditional(answer.Text) } : answer;
    }

    /// <summary>
    /// Answers a turn's message, already normalised once by the turn pipeline; the answer stays Simplified, since the
    /// turn's reply middleware writes it in the owner's script (converting here too would convert twice).
    /// </summary>
    public HandbookAnswer AnswerNormalized(string normalizedQuestion)
    {
        ArgumentNullException.ThrowIfNull(normalizedQuestion);
        return Answer(normalizedQuestion, store.Current);
    }

    private HandbookAnswer Answer(string question, KnowledgeSnapshot knowledge)
    {
        var answer = AnswerAsWritten(question, knowledge);
        // "如果下次停電嗰陣有人困咗喺電梯入面，應該點做？": a question in regional speech the handbook does not know as
        // written is read again with its regional words folded (as the classifier reads them) — only then, so the
        // folding never changes a question the handbook already answers ("社区医院").
        if (answer.Known)
        {
            return answer;
        }

        var folded = DialectFolding.Fold(question);
        if (folded != question && AnswerAsWritten(folded, knowledge) is { Known: true } again)
        {
            return again;
        }

        // "你们停水之前会不会先通知的我上回一点都不知道还以为家里水管出问题了": voice input runs a question and what follows
        // it together with no stop; the part that asks is read on its own.
        foreach (var part in RunOnBreak().Split(question))
        {
            if (part.Length < question.Length && QuestionWord().IsMatch(part) && AnswerAsWritten(part, knowledge) is { Known: true } asked)
            {
                return asked;
            }
        }

        return answer;
    }

    /// <summary>Where an unpunctuated run-on starts a new sentence: a closing particle, then the speaker or "那/就" again.</summary>
    [GeneratedRegex("(?<=[的啊呢吧嘛呀哦])(?=我|你们|那|就|还|他|她)")]
    private static partial Regex RunOnBreak();

    [GeneratedRegex("会不会|能不能|要不要|有没有|是不是|可不可以|吗|怎么|多少|什么|哪|几点|多久")]
    private static partial Regex QuestionWord();

    private HandbookAnswer AnswerAsWritten(string question, KnowledgeSnapshot knowledge)
    {
        var text = knowledge.Search.Rewrite(question);
        var parsed = new ParsedQuestion(text, text.Length == 0 ? [] : entities(text, time.GetUtcNow()));
        if (FeeQuestionReader.TryCompute(parsed, knowledge.Calculator, knowledge.Register) is { } fee)
        {
            var entry = knowledge.Handbook.Find(fee.SourceId);
            var effective = knowledge.Fees.Effective;
            return new HandbookAnswer(
                AnswerComposer.FromFee(fee, FeeSource, effective),
                entry is null ? FeeSource : AnswerComposer.SourceTitle(entry),
                fee.SourceId, effective, 1, Known: true);
        }

        if (EstateQuestionReader.TryAnswer(parsed, knowledge.Register, knowledge.Roster) is { } found)
        {
            var entry = knowledge.Handbook.Find(found.SourceId);
            return new HandbookAnswer(
                AnswerComposer.FromRegister(found.Text, entry),
                entry is null ? "" : AnswerComposer.SourceTitle(entry),
                found.SourceId, entry?.Effective ?? knowledge.Fees.Effective, 1, Known: true);
        }

        var result = knowledge.Search.Search(text);
        if (result.Best?.Id == OverviewEntry && RoomMentions.Removed(parsed.Text, parsed.Entities) is var bare && bare != text && knowledge.Search.Search(bare) is { Known: true } asked
            && asked.Best?.Id != OverviewEntry)
        {
            // "我妹这周六在我爸妈家里摆酒（8栋1单元302），亲戚有十来辆车要进小区，这个怎么弄": the flat says where, and its 栋 and
            // 单元 would match the estate overview; the question is read without it.
            result = asked;
        }

        if (!result.Known || PreferSafetyEntry(text, result, PreferFeeEntry(parsed, result)) is not { } best)
        {
            return new HandbookAnswer(
                AnswerComposer.DontKnow(knowledge.Register.Profile.ServiceCentre.Hotline), "", "", default, result.Score, Known: false);
        }

        return new HandbookAnswer(
            AnswerComposer.FromEntry(best, text, knowledge.Search),
            AnswerComposer.SourceTitle(best), best.Id, best.Effective, result.Score, Known: true);
    }

    /// <summary>
    /// "充电宝冒烟着火了第一步应该干嘛，先打119还是先打你们物业电话": what to do in a danger is answered from the safety
    /// advice (which gives both numbers) when a safety entry scores close to the hotline entry, which only gives ours.
    /// </summary>
    private static HandbookEntry? PreferSafetyEntry(string question, HandbookSearchResult result, HandbookEntry? best)
    {
        if (best is null || best.Id != HotlineEntry || !AsksWhatToDo().IsMatch(question))
        {
            return best;
        }

        var top = result.Hits[0].Score;
        var safety = result.Hits.FirstOrDefault(h => h.Entry.Id.StartsWith("safety.", StringComparison.Ordinal));
        return safety is not null && safety.Score >= top * 0.5 ? safety.Entry : best;
    }

    private const string HotlineEntry = "contact.hotline";

    private const string OverviewEntry = "estate.overview";

    [GeneratedRegex("怎么办|咋办|怎么做|该怎么|应该干嘛|干什么|第一步|先打|先做什么|(?i:what (?:should|do) (?:i|we) do)")]
    private static partial Regex AsksWhatToDo();

    /// <summary>
    /// A question about price (多少钱, 收费吗) is answered from the fee standard when a fee entry scores close to the
    /// best hit: "换灯泡要钱吗" wants the repair price, not the repair deadline.
    /// </summary>
    private static HandbookEntry? PreferFeeEntry(ParsedQuestion question, HandbookSearchResult result)
    {
        var best = result.Hits[0];
        if (best.Entry.Source == FeeSource || !question.Mentions(FeeCues.Price))
        {
            return best.Entry;
        }

        var fee = result.Hits.FirstOrDefault(h => h.Entry.Source == FeeSource);
        return fee is not null && fee.Score >= best.Score * 0.5 ? fee.Entry : best.Entry;
    }
}
