using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Dialogs.Framework;

/// <summary>
/// Runs a dialog stack for one turn: begin, continue, end, replace, cancel. A component dialog creates a child
/// context over its own inner stack, with this context as <see cref="Parent"/>.
/// </summary>
public sealed class DialogContext(DialogSet dialogs, TurnContext turn, DialogState state, DialogContext? parent = null)
{
    public DialogSet Dialogs { get; } = dialogs;

    public TurnContext Turn { get; } = turn;

    public DialogState State { get; } = state;

    public DialogContext? Parent { get; } = parent;

    public List<DialogInstance> Stack => State.Stack;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[^1] : null;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = Find(dialogId) ?? throw new InvalidOperationException($"Dialog '{dialogId}' is not in this dialog set.");
        Stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Passes the user's message to the active dialog.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        var dialog = Find(instance.Id);
        if (dialog is null)
        {
            // A dialog from another deployment: drop the stack rather than fail every turn.
            Stack.Clear();
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes its parent with the result.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is { } parentInstance && Find(parentInstance.Id) is { } parentDialog)
        {
            return await parentDialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        }
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancels every dialog on this stack and, with <paramref name="cancelParents"/>, on the parents' stacks.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents = false, CancellationToken cancellationToken = default)
    {
        while (Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }
        if (cancelParents && Parent is not null)
        {
            await Parent.CancelAllDialogsAsync(true, cancellationToken).ConfigureAwait(false);
        }
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance && Find(instance.Id) is { } dialog)
        {
            await dialog.RepromptDialogAsync(this, instance, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The root of the context chain (the bot's top-level stack).</summary>
    public DialogContext Root => Parent?.Root ?? this;

    private Dialog? Find(string id) => Dialogs.Find(id);

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }
        Stack.RemoveAt(Stack.Count - 1);
        if (Find(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(this, instance, reason, cancellationToken).ConfigureAwait(false);
        }
    }
}
