using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Dialogs.Framework;

/// <summary>Finds entities in normalised text relative to a reference time (the entity recognizer, injected).</summary>
public delegate IReadOnlyList<RecognizedEntity> EntityExtractor(string normalizedText, DateTimeOffset now);
