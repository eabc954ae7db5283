using System.Text.Json.Nodes;

namespace ConciergeBot.Dialogs.Framework;

/// <summary>A dialog stack, as persisted: the active dialog is the last entry.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
}

/// <summary>One dialog on the stack and its persisted state (JSON, written by the dialog itself).</summary>
public sealed class DialogInstance
{
    public required string Id { get; set; }

    public JsonObject State { get; set; } = [];
}
