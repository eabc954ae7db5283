using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Requests.Steps;

/// <summary>
/// A phone to reach the owner: asked when the chat is not bound to a flat on the register and none was given. A report
/// about a public place is not held up for it: the restatement invites a phone instead (<see cref="Invited"/>).
/// </summary>
public sealed partial class ContactStep : RequestStep
{
    public const string StepName = "contact";

    public override string Name => StepName;

    private const int MaxAsks = 2;

    /// <summary>Asked at most twice: an owner who would rather not leave a phone is not held up.</summary>
    public override bool IsPending(RequestTurn turn) =>
        Wanted(turn) && !Invited(turn) && turn.State.Asked.Count(a => a == StepName) < MaxAsks;

    /// <summary>A public place reported before its ticket opens: the phone is asked for in the restatement, not before it.</summary>
    public static bool Invited(RequestTurn turn) =>
        Wanted(turn) && turn.State.TicketNumber is null && turn.State.Place is { Location: not null, Room: null };

    private static bool Wanted(RequestTurn turn) => turn.Profile.AsksContact && !turn.HasContact && turn.User.BoundRoom is null;

    public override void OnAsked(RequestTurn turn) => turn.State.Asked.Add(StepName);

    public override string Question(RequestTurn turn) => "为了方便工作人员联系您，请留一个联系电话。";

    public override string Retry(RequestTurn turn) => "请留一个手机号码或座机号码，例如 13800001234。";

    /// <summary>"跳过", "电话就不留了", "不方便留": the owner would rather not leave a phone — not asked again.</summary>
    public override Task<bool> TakeAnswerAsync(RequestTurn turn, CancellationToken cancellationToken)
    {
        if (!DeclinesAPhone().IsMatch(turn.Turn.NormalizedText))
        {
            return Task.FromResult(false);
        }

        while (turn.State.Asked.Count(a => a == StepName) < MaxAsks)
        {
            turn.State.Asked.Add(StepName);
        }

        return Task.FromResult(true);
    }

    [GeneratedRegex(@"^\W*(跳过|略过|先跳过|不留|不想留|不方便(留)?|不给|(电话|号码|手机)(就|先)?(不留|不给|不方便)|(电话|号码|手机)?(就|先)?不(留|给)(电话|号码|手机)?|你们有我(的)?(电话|号码|手机)|(?i:skip|no phone|rather not))(了|吧|啦|哈)?\W*$")]
    private static partial Regex DeclinesAPhone();
}
