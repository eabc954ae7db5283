using System.Runtime.CompilerServices;
using System.Text.Json;
using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Dialogs.Framework;

/// <summary>A waterfall step: does one thing (asks, checks, acts) and returns what the dialog should do next.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> step, CancellationToken cancellationToken)
    where TState : class, new();

/// <summary>
/// A sequence of steps over a typed state record, persisted between turns. Each step usually asks a question
/// (a prompt) whose answer arrives as <see cref="WaterfallStepContext{TState}.Result"/> of the next step.
/// Options passed to BeginDialog of type <typeparamref name="TState"/> become the initial state.
/// </summary>
public sealed class WaterfallDialog<TState>(string id, IEnumerable<WaterfallStep<TState>> steps) : Dialog(id)
    where TState : class, new()
{
    private const string ValuesKey = "values";
    private const string StepKey = "step";

    // The live state object of each instance during a turn, so nested steps see each other's changes.
    private static readonly ConditionalWeakTable<DialogInstance, TState> Live = [];

    private readonly WaterfallStep<TState>[] _steps = [.. steps];

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        Live.AddOrUpdate(instance, options as TState ?? new TState());
        return RunStepAsync(dc, instance, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        return RunStepAsync(dc, instance, StepIndex(instance) + 1, DialogReason.ContinueCalled, dc.Turn.NormalizedText, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        return RunStepAsync(dc, instance, StepIndex(instance) + 1, reason, result, cancellationToken);
    }

    internal Task<DialogTurnResult> RunStepAsync(DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Length)
        {
            return dc.EndDialogAsync(result, cancellationToken);
        }
        instance.State[StepKey] = index;
        return RunAsync(dc, instance, index, reason, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunAsync(DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var values = ValuesOf(instance);
        var step = new WaterfallStepContext<TState>(this, dc, instance, values, index, reason, result);
        var outcome = await _steps[index](step, cancellationToken).ConfigureAwait(false);
        instance.State[ValuesKey] = JsonSerializer.SerializeToNode(values, StateJson.Options);
        return outcome;
    }

    private static TState ValuesOf(DialogInstance instance)
    {
        if (Live.TryGetValue(instance, out var live))
        {
            return live;
        }
        var values = instance.State[ValuesKey]?.Deserialize<TState>(StateJson.Options) ?? new TState();
        Live.AddOrUpdate(instance, values);
        return values;
    }

    private static int StepIndex(DialogInstance instance) => instance.State[StepKey]?.GetValue<int>() ?? 0;
}
