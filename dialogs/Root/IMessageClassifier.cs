using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Understanding.Acts;
using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Dialogs.Root;

/// <summary>Reads an owner's message: what they want (intent code), how sure we are, and the entities in it.</summary>
public interface IMessageClassifier
{
    /// <summary>Reads a normalised message (a whole turn, or one clause of it) at <paramref name="now"/>.</summary>
    MessageReading Read(string normalizedText, DateTimeOffset now);

    /// <summary>Reads the turn's message.</summary>
    MessageReading Read(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Read(turn.NormalizedText, turn.Now);
    }
}

/// <summary>
/// The understanding of one message. <see cref="NeedsClarification"/> is set when confidence is low or the
/// message holds two requests; the root dialog then asks a short question instead of guessing.
/// </summary>
public sealed record MessageReading(
    string Intent,
    double Confidence,
    IReadOnlyList<RecognizedEntity> Entities,
    string? Severity = null,
    string? RunnerUp = null,
    bool NeedsClarification = false)
{
    /// <summary>The conversational act (对 / 不对，是3栋 / 算了 / 没有了 / 谢谢).</summary>
    public DialogAct Act { get; init; }

    /// <summary>True when the whole message is that act and carries no request.</summary>
    public bool IsOnlyAct { get; init; }

    /// <summary>Not about the estate at all: answered as small talk with what the bot can do, never a ticket.</summary>
    public bool OutOfDomain { get; init; }

    /// <summary>The words of the explicit cue that raised the class, or null when it rests on the model.</summary>
    public string? Cue { get; init; }

    /// <summary>A life-safety word inside a general question ("骨折了怎么办"): ask with one tap whether someone needs help now.</summary>
    public string? PossibleDanger { get; init; }

    /// <summary>A 10/15-minute class no firm cue backs: a candidate to confirm with one tap before dispatching.</summary>
    public bool NeedsConfirmation { get; init; }

    public RecognizedEntity? First(string type) => Entities.FirstOrDefault(e => e.Type == type);
}
