using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Dialogs.Understanding;

/// <summary>Everything the understanding layer reads from one message.</summary>
/// <param name="Text">The original and normalised text.</param>
/// <param name="Prediction">Intent, severity, confidence and the clarification flags.</param>
/// <param name="Entities">Entities found in <see cref="NormalizedText.Text"/>, in order of appearance.</param>
public sealed record MessageUnderstandingResult(NormalizedText Text, IntentPrediction Prediction, IReadOnlyList<RecognizedEntity> Entities);
