using System.Runtime.CompilerServices;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Entities.Temporal;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;

namespace ConciergeBot.Understanding;

/// <summary>
/// The entity recognizer of the estate being served: rooms are checked against the register of the current
/// knowledge snapshot, so another estate's flats are found and a register edit (hot reload) reaches the next
/// message. One <see cref="EntityRecognizer"/> per register, built on the first message after a reload.
/// <para>
/// A turn's message is read once: the result is kept with the text instance it was read from (the turn's normalised
/// text, which the root, the request dialogs and their prompts all pass), so the second and later readings of the same
/// turn cost a table lookup. The cache holds no text alive (<see cref="ConditionalWeakTable{TKey, TValue}"/>).
/// </para>
/// </summary>
internal sealed class EstateEntities(KnowledgeStore knowledge)
{
    private readonly DateTimeRecognizer _dateTime = new();
    private readonly ConditionalWeakTable<string, Reading> _readings = [];
    private Bound? _bound;

    public IReadOnlyList<RecognizedEntity> Recognize(string normalizedText, DateTimeOffset now)
    {
        var register = knowledge.Current.Register;
        if (_readings.TryGetValue(normalizedText, out var kept) && kept.Now == now && ReferenceEquals(kept.Register, register))
        {
            return kept.Entities;
        }

        var entities = For(register).Recognize(normalizedText, now);
        _readings.AddOrUpdate(normalizedText, new Reading(now, register, entities));
        return entities;
    }

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

    private sealed record Reading(DateTimeOffset Now, EstateRegister Register, IReadOnlyList<RecognizedEntity> Entities);
}
