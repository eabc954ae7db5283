using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// Emergencies, urgent in-home repairs and urgent public-area problems: the ticket is opened FIRST with what the
/// message says — staff are on their way before any question is asked — then the owner is told the number,
/// the 10-minute promise and the handbook's safety instructions, and the missing place, a contact and any
/// further details are asked for and added to the ticket.
/// </summary>
public sealed class UrgentRequestDialog : TicketRequestDialog
{
    public const string DialogId = "request.urgent";

    private static readonly string[] Nothing = ["没有", "没了", "没有了", "无", "不用", "没", "好的", "好", "谢谢", "no"];

    public UrgentRequestDialog(RequestServices services)
        : base(DialogId, services, [IntentCode.Emergency, IntentCode.RepairUrgent, IntentCode.PublicUrgent])
    {
        UseSteps(OpenNowStepAsync, AskPlaceStepAsync, UpdatePlaceStepAsync, AskContactStepAsync, ReadContactStepAsync, UpdateContactStepAsync, AskMoreStepAsync, AddMoreStepAsync);
    }

    /// <summary>Any place will do (a flat, a lift, a corridor): what matters is that someone is on the way.</summary>
    protected override bool NeedsRoom(RequestState state) => false;

    protected override string PlaceQuestion(RequestState state, RoomInfo example) =>
        $"请马上告诉我具体位置（楼栋房号，或公共区域的位置，例如“{example.Building}栋{example.Unit}单元楼道”），工作人员正在赶来。";

    private async Task<DialogTurnResult> OpenNowStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        var state = step.Values;
        if (state.Intent == IntentCode.RepairUrgent)
        {
            state.TryUseHome(step.Turn.User);
        }

        var opened = await OpenAsync(step, cancellationToken);
        var lines = new List<string>
        {
            $"{step.Turn.User.Address}，已为您紧急登记，工单号 {opened.Number}。{Promises.For(opened, step.Turn.Now)}" +
            (state.Intent == IntentCode.Emergency ? "，客服主管也已同时收到通知。" : "。"),
        };
        if (HandbookNotes.SafetyFor(Services.Knowledge, state.Intent, state.Description) is { } safety)
        {
            lines.Add("请注意安全：" + safety);
        }

        if (state.Intent == IntentCode.Emergency)
        {
            lines.Add("如有人员受伤或火情，请同时拨打 120 / 119。");
        }

        await step.SendAsync(string.Join("\n", lines), cancellationToken);
        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> UpdatePlaceStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        if (step.Result is string answer)
        {
            var found = PlaceReader.Read(Services.Entities, step.Turn.NormalizedText, step.Turn.Now, publicAllowed: true);
            step.Values.SetPlace(found.Place ?? Tickets.TicketPlace.Public(answer), found.RoomKey);
            await Services.Tickets.AddDetailsAsync(step.Values.TicketNumber!, UserId(step), step.Values.Place, null, cancellationToken);
            await step.SendAsync($"收到，已通知工作人员前往{step.Values.Place.Describe()}。", cancellationToken);
        }

        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> UpdateContactStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        if (step.Result is string phone)
        {
            await Services.Tickets.AddDetailsAsync(step.Values.TicketNumber!, UserId(step), null, $"联系电话 {phone}", cancellationToken);
        }

        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskMoreStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken) =>
        await step.PromptAsync(DetailsPrompt, new PromptOptions
        {
            Prompt = "还有需要补充的情况吗？例如具体部位、是否影响到邻居或楼下。没有请回复“没有”。",
        }, cancellationToken);

    private async Task<DialogTurnResult> AddMoreStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        var answer = (step.Result as string)?.Trim().TrimEnd('。', '！', '!') ?? "";
        if (answer.Length > 0 && !Nothing.Contains(answer))
        {
            await Services.Tickets.AddDetailsAsync(step.Values.TicketNumber!, UserId(step), null, answer, cancellationToken);
            await step.SendAsync("已补充到工单，现场人员会看到。我们会持续跟进，请保持电话畅通。请问还有其他需要帮忙的吗？", cancellationToken);
        }
        else
        {
            await step.SendAsync("好的，我们会持续跟进，请保持电话畅通。请问还有其他需要帮忙的吗？", cancellationToken);
        }

        return await step.EndDialogAsync(step.Values.TicketNumber, cancellationToken);
    }

    private static string UserId(WaterfallStepContext<RequestState> step) => step.Turn.Activity.From?.Id ?? "anonymous";
}
