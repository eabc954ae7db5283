using ConciergeBot.Dialogs.Understanding.Entities.Area;
using ConciergeBot.Dialogs.Understanding.Entities.Money;
using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
using ConciergeBot.Dialogs.Understanding.Entities.Phone;
using ConciergeBot.Dialogs.Understanding.Entities.Rooms;
using ConciergeBot.Dialogs.Understanding.Entities.Temporal;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Understanding.Entities;

/// <summary>
/// All entities of a normalised message, in order of appearance: rooms, phones, dates and times, money, areas,
/// percentages and plain numbers. Where matches overlap, the more specific kind wins (a room's or phone's digits
/// are not also a number; money and area swallow their number), then the longer match.
/// Thread-safe and stateless apart from the estate it validates rooms against.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly DateTimeRecognizer dateTime;
    private readonly EstateRooms estate;

    /// <summary>A recognizer validating rooms against the sample estate's layout.</summary>
    public EntityRecognizer()
        : this(new DateTimeRecognizer(), null)
    {
    }

    /// <summary>A recognizer validating rooms against <paramref name="register"/> (the sample layout when null).</summary>
    public EntityRecognizer(DateTimeRecognizer dateTime, EstateRegister? register)
    {
        ArgumentNullException.ThrowIfNull(dateTime);
        this.dateTime = dateTime;
        estate = register is null ? EstateRooms.Sample : new EstateRooms(register);
    }

    /// <summary>The entities of <paramref name="normalizedText"/> (see <see cref="Normalization.TextNormalizer"/>),
    /// dates resolved against <paramref name="now"/> in Asia/Shanghai.</summary>
    public IReadOnlyList<RecognizedEntity> Recognize(string normalizedText, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        if (normalizedText.Length == 0)
        {
            return [];
        }

        var numbers = new List<ParsedNumber>();
        NumberScanner.Scan(normalizedText, NumberSyntax.Messages, numbers);
        var candidates = new List<RecognizedEntity>();
        RoomRecognizer.Recognize(normalizedText, estate, candidates);
        PhoneRecognizer.Recognize(normalizedText, candidates);
        candidates.AddRange(dateTime.Recognize(normalizedText, now));
        if (numbers.Count > 0)
        {
            MoneyRecognizer.Recognize(normalizedText, numbers, candidates);
            AreaRecognizer.Recognize(normalizedText, numbers, candidates);
        }

        var percents = new List<ParsedNumber>();
        PercentScanner.Scan(normalizedText, NumberSyntax.Messages, percents);
        NumberRecognizer.Recognize(normalizedText, numbers, percents, candidates);
        return OverlapResolver.Resolve(candidates);
    }
}
