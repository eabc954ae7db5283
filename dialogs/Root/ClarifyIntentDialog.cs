using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Root;

/// <summary>
/// Asks a short question when a message is unclear or holds two requests ("请问您是想：报修 / 投诉 / ..."), and
/// ends with the chosen intent so the root can route the original message to it.
/// </summary>
public sealed class ClarifyIntentDialog : ComponentDialog
{
    public const string DialogId = "clarify-intent";

    private static readonly string[] General =
        [IntentCode.RepairGeneral, IntentCode.ComplaintOther, IntentCode.InquiryFee, IntentCode.InquiryGeneral, IntentCode.ServiceConcierge];

    public ClarifyIntentDialog() : base(DialogId)
    {
        AddDialog(new WaterfallDialog<ClarifyState>(DialogId + ".steps", [AskStepAsync, ChosenStepAsync]));
        AddDialog(new ChoicePrompt(DialogId + ".choice"));
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext<ClarifyState> step, CancellationToken cancellationToken)
    {
        var candidates = step.Values.Question is null ? step.Values.Candidates.Concat(General) : step.Values.Candidates;
        var choices = candidates.Distinct().Take(5).Select(IntentCode.Label).Append("转人工").ToList();
        return await step.PromptAsync(DialogId + ".choice", new PromptOptions
        {
            Prompt = step.Values.Question ?? "不好意思，我想确认一下，您是想办理哪一项呢？",
            RetryPrompt = "请点选下面的一项，或直接描述您的需求：",
            Choices = choices,
            YesNo = step.Values.Question is not null,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ChosenStepAsync(WaterfallStepContext<ClarifyState> step, CancellationToken cancellationToken)
    {
        var label = (string)step.Result!;
        var intent = IntentCode.All.FirstOrDefault(code => IntentCode.Label(code) == label);
        return await step.EndDialogAsync(new IntentChoice(intent, step.Values.Reading ?? new MessageReading(intent ?? IntentCode.InquiryGeneral, 1.0, [])), cancellationToken);
    }
}

/// <summary>The clarify dialog's state: the reading of the owner's original message and the likely intents.</summary>
public sealed class ClarifyState
{
    public MessageReading? Reading { get; set; }

    public List<string> Candidates { get; set; } = [];

    /// <summary>A question of its own (the one-tap safety check); then only <see cref="Candidates"/> are offered.</summary>
    public string? Question { get; set; }
}

/// <summary>The clarify dialog's result: the chosen intent (null = a person) and the original message's reading.</summary>
public sealed record IntentChoice(string? Intent, MessageReading Reading);
