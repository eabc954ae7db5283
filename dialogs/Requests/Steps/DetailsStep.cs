using ConciergeBot.Dialogs.Understanding.Acts;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>What exactly: asked when the first message only said "我要报修" or a button label.</summary>
public sealed class DetailsStep : RequestStep
{
    public const string StepName = "details";

    public override string Name => StepName;

    public override bool IsPending(RequestTurn turn) => turn.State.Description.Length == 0;

    public override string Question(RequestTurn turn) => turn.State.Intent switch
    {
        IntentCode.PublicGeneral or IntentCode.PublicUrgent => "请简单描述一下是什么坏了，例如“路灯不亮”“单元门禁刷不开”。",
        IntentCode.ComplaintStaff => "请您说一下是哪位工作人员（或岗位）、在什么时间地点、发生了什么，我们会认真核实。",
        IntentCode.ComplaintNeighbor or IntentCode.ComplaintOther => "请您简单说一下发生了什么，我们会认真处理。",
        IntentCode.ServiceConcierge => "请问需要什么服务？例如“明早7点叫一辆出租车去机场”“周六上午约保洁2小时”。",
        _ => "请简单描述一下需要修什么，例如“卧室灯泡坏了”“阳台门关不上”。",
    };

    public override string Retry(RequestTurn turn) => Question(turn);

    public override Task<bool> TakeAnswerAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        var text = turn.Turn.Activity.Text?.Trim() ?? "";
        if (turn.Slots.OnlyAct || turn.Slots.Act == DialogAct.Cancel || text.Length < 2)
        {
            return Task.FromResult(false);
        }

        turn.State.Description = text;
        return Task.FromResult(true);
    }
}
