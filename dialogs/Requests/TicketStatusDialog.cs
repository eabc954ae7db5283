using System.Text;
using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Handbook;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Entities.Phone;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;
using ConciergeBot.Knowledge.Calendar;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// ticket.status: answers at once from the owner's own tickets (an owner sees only their own). An owner with no
/// ticket who asks how soon (报修多久能有师傅上门) gets the service standard's deadlines from the handbook instead, and
/// one who asks about a supposed case (要是真欠费了会停水电吗) the handbook's answer.
/// </summary>
public sealed class TicketStatusDialog : ComponentDialog, IRequestDialog
{
    public const string DialogId = "request.status";
    private const int Shown = 5;
    private readonly ITicketDesk _tickets;
    private readonly HandbookAnswerer? _answerer;

    public TicketStatusDialog(ITicketDesk tickets, HandbookAnswerer? answerer = null) : base(DialogId)
    {
        _tickets = tickets;
        _answerer = answerer;
        AddDialog(new WaterfallDialog<RequestState>(DialogId + ".steps", [AnswerStepAsync]));
    }

    public IReadOnlyCollection<string> Intents => [IntentCode.TicketStatus];

    public Dialog Dialog => this;

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        var tickets = await _tickets.ForOwnerAsync(OwnerIdentity.Of(step.Turn.Activity), 20, cancellationToken);
        var reply = tickets.Count == 0 && (Deadlines(step.Turn.NormalizedText) ?? WhatIf(step.Turn.NormalizedText)) is { } answered
            ? answered
            : Describe(tickets, step.Turn.User.Address, step.Turn.Now);
        await step.SendAsync(reply, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    public static string Describe(IReadOnlyList<TicketSummary> tickets, string address, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        if (tickets.Count == 0)
        {
            return $"{address}，您目前在这里没有登记过的工单。如需报修或投诉，直接告诉我情况即可。";
        }

        var open = tickets.Where(t => t.IsOpen).ToList();
        var shown = open.Count > 0 ? open : [.. tickets.Take(1)];
        var text = new StringBuilder(open.Count > 0 ? $"{address}，您有{open.Count}张处理中的工单：" : $"{address}，您目前没有处理中的工单，最近一张是：");
        foreach (var t in shown.Take(Shown))
        {
            text.Append('\n').Append($"· {t.Number} {IntentCode.Label(t.Intent)}（{t.Place.Describe()}）：{Short(t.Description)}——{t.State}");
            if (t.Assignee is { Length: > 0 } assignee && t.IsOpen)
            {
                text.Append($"，由{assignee}负责");
            }

            if (t.IsOpen && t.Appointment is { } visit && visit > now)
            {
                text.Append($"，按您约的时间{ChineseTimeText.Clock(visit, now)}上门");
            }
            else if (t.IsOpen && t.Due is { } due)
            {
                text.Append(t.Breached || due < now
                    ? $"，已超过承诺时间（{ChineseTimeText.Clock(due, now)}），对不起，让您久等了，我们正在加急处理"
                    : $"，承诺{Within(t.Intent)}{ChineseTimeText.Clock(due, now)}前{(IntentProfiles.For(t.Intent).Clock == "Arrival" ? "到场" : "完成")}");
            }

            text.Append('。');
        }

        if (shown.Count > Shown)
        {
            text.Append('\n').Append($"另有{shown.Count - Shown}张未列出。");
        }

        return text.Append("\n请问还有其他需要帮忙的吗？").ToString();
    }

    /// <summary>The handbook's deadline answer (工作时限标准) when the turn's (normalised) message asks how soon, else null.</summary>
    private string? Deadlines(string? message)
    {
        if (_answerer is null || string.IsNullOrWhiteSpace(message) || !RequestWords.AsksHowSoon(message))
        {
            return null;
        }

        var answer = _answerer.AnswerNormalized(message);
        return answer.Known && answer.SourceId.StartsWith("sla.", StringComparison.Ordinal) ? answer.Text : null;
    }

    /// <summary>
    /// "那要是真欠费了，你们会停我家水电吗？" from an owner with no ticket: a question about a supposed case, not about a ticket —
    /// answered from the handbook when it knows.
    /// </summary>
    private string? WhatIf(string? message)
    {
        if (_answerer is null || string.IsNullOrWhiteSpace(message) || !CueContext.IsHypotheticalQuestion(message))
        {
            return null;
        }

        var answer = _answerer.AnswerNormalized(QuestionSentences.AskedIn(message));
        return answer.Known ? answer.Text : null;
    }

    /// <summary>"10分钟内、" for the on-site-within-minutes intents, so "多久能到" is answered in the standard's words.</summary>
    private static string Within(string intent) =>
        IntentProfiles.For(intent) is { Clock: "Arrival", Target: { } target } ? Knowledge.Sla.SlaDuration.Parse(target).Describe() + "内、" : "";

    /// <summary>The first words of the description, its phone numbers masked: a shared phone or a screen read over a shoulder shows no full number.</summary>
    private static string Short(string description) => PhoneMask.Mask(PhoneMask.Shorten(description, 20));
}
