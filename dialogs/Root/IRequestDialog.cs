using ConciergeBot.Dialogs.Framework;

namespace ConciergeBot.Dialogs.Root;

/// <summary>
/// A dialog the root starts for some intents (repair, complaint, fee question ...). Register it in DI as
/// <c>IRequestDialog</c>; the root begins it with the <see cref="MessageReading"/> of the owner's message.
/// </summary>
public interface IRequestDialog
{
    /// <summary>The intent codes this dialog handles.</summary>
    IReadOnlyCollection<string> Intents { get; }

    Dialog Dialog { get; }
}
