using System.Text.Json;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Dialogs.Framework;

/// <summary>Checks a recognised answer; may send its own explanation before returning false.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> prompt, CancellationToken cancellationToken);

/// <summary>The validator's view: the recognised value (if any), the turn, the options and the attempt number.</summary>
public sealed record PromptValidatorContext<T>(TurnContext Turn, bool Succeeded, T? Value, PromptOptions Options, int AttemptCount);

/// <summary>
/// Base of all prompts: asks, recognises the answer, validates it, re-asks with the retry prompt, and after
/// <see cref="PromptOptions.MaxAttempts"/> failures hands off to a human (cancelling the whole stack).
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions ?? throw new ArgumentException("Prompts need PromptOptions.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, StateJson.Options);
        instance.State[AttemptsKey] = 0;
        await dc.Turn.SendActivityAsync(Render(promptOptions, promptOptions.Prompt), cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Turn.Activity.IsMessage)
        {
            return DialogTurnResult.Waiting;
        }
        var instance = dc.ActiveDialog!;
        var options = OptionsOf(instance);
        var attempts = instance.State[AttemptsKey]?.GetValue<int>() ?? 0;
        var (succeeded, value) = Recognize(dc.Turn, options);
        var valid = succeeded;
        if (validator is not null)
        {
            valid = await validator(new PromptValidatorContext<T>(dc.Turn, succeeded, value, options, attempts + 1), cancellationToken).ConfigureAwait(false);
        }
        if (valid)
        {
            return await dc.EndDialogAsync(value, cancellationToken).ConfigureAwait(false);
        }

        if (dc.Turn.TurnState.ContainsKey(NewRequestSignal.CandidateKey) && !dc.Turn.Responded)
        {
            // Not an answer to this question but clearly a new request: let the root take it.
            dc.Turn.TurnState[NewRequestSignal.SwitchedKey] = true;
            return await dc.CancelAllDialogsAsync(cancelParents: true, cancellationToken).ConfigureAwait(false);
        }

        attempts++;
        instance.State[AttemptsKey] = attempts;
        if (attempts >= options.MaxAttempts)
        {
            dc.Turn.TurnState[HandoffRequest.TurnStateKey] = new HandoffRequest($"{Id}: {attempts} unusable answers");
            return await dc.CancelAllDialogsAsync(cancelParents: true, cancellationToken).ConfigureAwait(false);
        }
        if (!dc.Turn.Responded)
        {
            var retry = options.RetryPrompt ?? "抱歉，我没有看明白。" + options.Prompt;
            await dc.Turn.SendActivityAsync(Render(options, retry), cancellationToken).ConfigureAwait(false);
        }
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        var options = OptionsOf(instance);
        return dc.Turn.SendActivityAsync(Render(options, options.Prompt), cancellationToken);
    }

    /// <summary>Reads the answer from the turn (the normalised text, usually).</summary>
    protected abstract (bool Succeeded, T? Value) Recognize(TurnContext turn, PromptOptions options);

    /// <summary>The question as an activity; choices become suggested-action buttons.</summary>
    protected virtual Activity Render(PromptOptions options, string text) =>
        options.Choices is { Count: > 0 } choices ? MessageFactory.SuggestedActions(choices, text) : MessageFactory.Text(text);

    private static PromptOptions OptionsOf(DialogInstance instance) =>
        instance.State[OptionsKey]?.Deserialize<PromptOptions>(StateJson.Options) ?? throw new InvalidOperationException("Prompt state lost its options.");
}
