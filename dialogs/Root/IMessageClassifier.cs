using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Dialogs.Root;

/// <summary>Reads an owner's message: what they want (intent code), how sure we are, and the entities in it.</summary>
public interface IMessageClassifier
{
    MessageReading Read(TurnContext turn);
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
    public RecognizedEntity? First(string type) => Entities.FirstOrDefault(e => e.Type == type);
}
