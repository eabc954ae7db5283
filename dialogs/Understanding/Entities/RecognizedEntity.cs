namespace ConciergeBot.Dialogs.Understanding.Entities;

/// <summary>
/// One entity found in a (normalised) message.
/// <see cref="Value"/> is the resolved value in its canonical text form, exactly as <c>triage</c> prints it
/// and as the evaluation files write it: room "3-2-1202" / "5--1801" / "S101"; date "2026-11-25";
/// time "15:30"; datetime "2026-11-23T15:00"; duration ISO 8601 "PT1H30M"; phone digits only;
/// money/area/number/percent an invariant decimal string ("4838.4", "128"), printed as a JSON number.
/// </summary>
/// <param name="Type">One of <see cref="EntityTypes"/>.</param>
/// <param name="Text">The matched text.</param>
/// <param name="Start">Offset of the match in the text given to the recognizer.</param>
/// <param name="Length">Length of the match.</param>
/// <param name="Value">Canonical resolved value (see above).</param>
public sealed record RecognizedEntity(string Type, string Text, int Start, int Length, string Value)
{
    public int End => Start + Length;

    /// <summary>
    /// For rooms: the address is well formed but the estate has no such room (9栋3单元3305), so the dialog can
    /// say so instead of opening a ticket for it. False for every other entity.
    /// </summary>
    public bool NotInEstate { get; init; }

    /// <summary>The words as the owner wrote them (a Traditional message gets its Traditional span back); <see cref="Text"/> when unchanged.</summary>
    public string? OriginalText { get; init; }

    /// <summary>True for types whose value is printed as a JSON number.</summary>
    public bool IsNumeric => Type is EntityTypes.Money or EntityTypes.Area or EntityTypes.Number or EntityTypes.Percent;
}
