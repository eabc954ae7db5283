using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Dialogs.Framework;

/// <summary>What a waterfall step sees: the typed state, the previous step's result, and the dialog context.</summary>
public sealed class WaterfallStepContext<TState>
    where TState : class, new()
{
    private readonly WaterfallDialog<TState> _dialog;
    private readonly DialogInstance _instance;

    internal WaterfallStepContext(WaterfallDialog<TState> dialog, DialogContext dc, DialogInstance instance, TState values, int index, DialogReason reason, object? result)
    {
        _dialog = dialog;
        _instance = instance;
        Context = dc;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public DialogContext Context { get; }

    public TurnContext Turn => Context.Turn;

    /// <summary>The dialog's typed state; changes are persisted after the step.</summary>
    public TState Values { get; }

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's result: a prompt's recognised value, or the user's text.</summary>
    public object? Result { get; }

    /// <summary>Skips to the next step in the same turn.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default) =>
        _dialog.RunStepAsync(Context, _instance, Index + 1, DialogReason.NextCalled, result, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        Context.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Context.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        Context.EndDialogAsync(result, cancellationToken);

    public Task SendAsync(string text, CancellationToken cancellationToken = default) =>
        Turn.SendActivityAsync(text, cancellationToken);
}
