namespace ConciergeBot.Dialogs.Understanding.Normalization;

/// <summary>
/// A message after normalisation. <see cref="Text"/> is what the recognizers and the classifier read;
/// <see cref="Original"/> is kept for replies and transcripts.
/// </summary>
/// <param name="Original">The message exactly as the owner wrote it.</param>
/// <param name="Text">Simplified Chinese, half-width ASCII, single spaces, no control characters or emoji.</param>
/// <param name="WasTraditional">True when Traditional characters were converted (reply in Traditional then).</param>
public sealed record NormalizedText(string Original, string Text, bool WasTraditional)
{
    /// <summary>True when the owner typed toneless pinyin and <see cref="Text"/> is its reading in characters.</summary>
    public bool WasPinyin { get; init; }
}
