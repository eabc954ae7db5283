namespace ConciergeBot.Dialogs.Understanding.Acts;

/// <summary>The conversational act of a message.</summary>
/// <param name="Act">The act (the strongest one when a reply holds several: 好的谢谢 is thanks, 不用了谢谢 a cancel).</param>
/// <param name="IsWholeMessage">True when the message is nothing but act words and particles — it carries no request.</param>
/// <param name="Remainder">For a correction, the corrected content (不对，是3栋 → 是3栋); otherwise empty.</param>
public readonly record struct DialogActReading(DialogAct Act, bool IsWholeMessage, string Remainder)
{
    public static DialogActReading None { get; } = new(DialogAct.None, false, string.Empty);

    /// <summary>The wire name used by <c>triage</c> (<c>affirm</c>, <c>deny</c>, ...), or null.</summary>
    public string? Name => Act == DialogAct.None ? null : Act.ToString().ToLowerInvariant();
}
