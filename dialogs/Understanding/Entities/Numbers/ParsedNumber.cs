namespace ConciergeBot.Dialogs.Understanding.Entities.Numbers;

/// <summary>A number found in text: <c>[Start, End)</c>, its value and how it was written.</summary>
internal readonly record struct ParsedNumber(int Start, int End, double Value, NumberTraits Traits)
{
    public int Length => End - Start;

    public bool Has(NumberTraits traits) => (Traits & traits) == traits;

    public bool IsWholeNumber => Value == Math.Floor(Value) && !Has(NumberTraits.Decimal);
}
