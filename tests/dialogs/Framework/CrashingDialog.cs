using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Root;

namespace ConciergeBot.Tests.Dialogs.Framework;

/// <summary>A dialog that fails on its second turn, to check that a crash resets only its own conversation.</summary>
internal sealed class CrashingDialog : ComponentDialog, IRequestDialog
{
    public const string Intent = "test.crash";

    public CrashingDialog() : base("crash")
    {
        AddDialog(new WaterfallDialog<ProfileState>("crash.steps", [AskAsync, FailAsync]));
        AddDialog(new TextPrompt("crash.text"));
    }

    public IReadOnlyCollection<string> Intents => [Intent];

    public Dialog Dialog => this;

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext<ProfileState> step, CancellationToken ct) =>
        step.PromptAsync("crash.text", new PromptOptions { Prompt = "请说点什么" }, ct);

    private static Task<DialogTurnResult> FailAsync(WaterfallStepContext<ProfileState> step, CancellationToken ct) =>
        throw new InvalidOperationException("boom");
}
