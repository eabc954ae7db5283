using System.Text.Json;
using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Dialogs.Framework;

/// <summary>
/// A dialog made of other dialogs (a waterfall and its prompts), with its own inner stack persisted inside
/// its instance state. Subclasses add dialogs with <see cref="AddDialog"/> and set <see cref="InitialDialogId"/>.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    private const string InnerStateKey = "dialogs";

    protected DialogSet Dialogs { get; } = new();

    public string? InitialDialogId { get; protected set; }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inner = CreateInnerContext(dc);
        var result = await OnBeginDialogAsync(inner, options, cancellationToken).ConfigureAwait(false);
        return await AfterInnerAsync(dc, inner, result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inner = CreateInnerContext(dc);
        var result = await OnContinueDialogAsync(inner, cancellationToken).ConfigureAwait(false);
        return await AfterInnerAsync(dc, inner, result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var inner = new DialogContext(Dialogs, dc.Turn, ReadInner(instance), dc);
        await inner.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext inner, object? options, CancellationToken cancellationToken) =>
        inner.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{Id} has no dialogs."), options, cancellationToken);

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext inner, CancellationToken cancellationToken) =>
        inner.ContinueDialogAsync(cancellationToken);

    private DialogContext CreateInnerContext(DialogContext dc) =>
        new(Dialogs, dc.Turn, ReadInner(dc.ActiveDialog!), dc);

    private static DialogState ReadInner(DialogInstance instance) =>
        instance.State[InnerStateKey]?.Deserialize<DialogState>(StateJson.Options) ?? new DialogState();

    private async Task<DialogTurnResult> AfterInnerAsync(DialogContext dc, DialogContext inner, DialogTurnResult result, CancellationToken cancellationToken)
    {
        if (result.Status == DialogTurnStatus.Cancelled && dc.ActiveDialog?.Id != Id)
        {
            // The inner dialogs cancelled the parents too (e.g. a hand-off to a human).
            return result;
        }
        if (result.Status == DialogTurnStatus.Waiting)
        {
            dc.ActiveDialog!.State[InnerStateKey] = JsonSerializer.SerializeToNode(inner.State, StateJson.Options);
            return result;
        }
        return await dc.EndDialogAsync(result.Result, cancellationToken).ConfigureAwait(false);
    }
}
