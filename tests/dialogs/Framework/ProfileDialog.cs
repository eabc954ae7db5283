using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Tests.Dialogs.Framework;

/// <summary>A small request dialog used to exercise the engine: text, number (validated), choice and confirm prompts.</summary>
internal sealed class ProfileDialog : ComponentDialog, IRequestDialog
{
    public const string Intent = "test.profile";

    public ProfileDialog() : base("profile")
    {
        AddDialog(new WaterfallDialog<ProfileState>("profile.steps",
            [AskNameStepAsync, AskAgeStepAsync, AskColourStepAsync, ConfirmStepAsync, FinalStepAsync]));
        AddDialog(new TextPrompt("name"));
        AddDialog(new NumberPrompt("age", new EntityRecognizer().Recognize, AgeValidatorAsync));
        AddDialog(new ChoicePrompt("colour"));
        AddDialog(new ConfirmPrompt("confirm"));
    }

    public IReadOnlyCollection<string> Intents => [Intent];

    public Dialog Dialog => this;

    private static Task<bool> AgeValidatorAsync(PromptValidatorContext<decimal> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Succeeded && prompt.Value is >= 1 and <= 120);

    private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext<ProfileState> step, CancellationToken ct) =>
        step.PromptAsync("name", new PromptOptions { Prompt = "请问您贵姓？" }, ct);

    private static Task<DialogTurnResult> AskAgeStepAsync(WaterfallStepContext<ProfileState> step, CancellationToken ct)
    {
        step.Values.Name = (string)step.Result!;
        return step.PromptAsync("age", new PromptOptions { Prompt = "请问您多大年纪？", RetryPrompt = "请输入1到120之间的数字。", MaxAttempts = 3 }, ct);
    }

    private static Task<DialogTurnResult> AskColourStepAsync(WaterfallStepContext<ProfileState> step, CancellationToken ct)
    {
        step.Values.Age = (decimal)step.Result!;
        return step.PromptAsync("colour", new PromptOptions { Prompt = "喜欢什么颜色？", Choices = ["红色", "蓝色", "绿色"] }, ct);
    }

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<ProfileState> step, CancellationToken ct)
    {
        step.Values.Colour = (string)step.Result!;
        return step.PromptAsync("confirm", new PromptOptions { Prompt = $"{step.Values.Name}，{step.Values.Age}岁，喜欢{step.Values.Colour}，对吗？" }, ct);
    }

    private static async Task<DialogTurnResult> FinalStepAsync(WaterfallStepContext<ProfileState> step, CancellationToken ct)
    {
        await step.SendAsync((bool)step.Result! ? $"已登记：{step.Values.Name}" : "好的，没有登记。", ct);
        return await step.EndDialogAsync(null, ct);
    }
}

internal sealed class ProfileState
{
    public string? Name { get; set; }

    public decimal Age { get; set; }

    public string? Colour { get; set; }
}
