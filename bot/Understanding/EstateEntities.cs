using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Entities.Temporal;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;

namespace ConciergeBot.Understanding;

/// <summary>
/// The entity recognizer of the estate being served: rooms are checked against the register of the current
/// knowledge snapshot, so another estate's flats are found and a register edit (hot reload) reaches the next
/// message. One <see cref="EntityRecognizer"/> per register, built on the first message after a reload.
/// </summary>
internal sealed class EstateEntities(KnowledgeStore knowledge)
{
    private readonly DateTimeRecognizer _dateTime = new();
    private Bound? _bound;

    public IReadOnlyList<RecognizedEntity> Recognize(string normalizedText, DateTimeOffset now) =>
        For(knowledge.Current.Register).Recognize(normalizedText, now);

    private EntityRecognizer For(EstateRegister register)
    {
        var bound = Volatile.Read(ref _bound);
        if (bound is null || !ReferenceEquals(bound.Register, register))
        {
            // Two threads may both build one after a reload; either is right, the last one stays.
            bound = new Bound(register, new EntityRecognizer(_dateTime, register));
            Volatile.Write(ref _bound, bound);
        }

        return bound.Recognizer;
    }

    private sealed record Bound(EstateRegister Register, EntityRecognizer Recognizer);
}
