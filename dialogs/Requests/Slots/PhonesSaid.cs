using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Understanding.Entities;

namespace ConciergeBot.Dialogs.Requests.Slots;

/// <summary>
/// The mobile numbers an owner gave in this conversation, and a later message that picks one of them by its first three
/// or last four digits ("还是打150那个吧", "打尾号2847的那个", "call the 150 one").
/// </summary>
public static partial class PhonesSaid
{
    private const int Kept = 4;

    /// <summary>Keeps the mobile numbers the message holds (a number said again moves to the end).</summary>
    public static void Remember(ConversationData conversation, IEnumerable<RecognizedEntity> entities, string text)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(entities);
        var numbers = entities.Where(e => e.Type == EntityTypes.Phone).Select(e => e.Value)
            .Concat(Mobile().Matches(text ?? "").Select(m => m.Value))
            .Where(n => Mobile().IsMatch(n) && n.Length == MobileLength)
            .Distinct(StringComparer.Ordinal).ToList();
        foreach (var number in numbers)
        {
            conversation.PhonesSaid.Remove(number);
            conversation.PhonesSaid.Add(number);
        }

        if (conversation.PhonesSaid.Count > Kept)
        {
            conversation.PhonesSaid.RemoveRange(0, conversation.PhonesSaid.Count - Kept);
        }
    }

    /// <summary>
    /// The one number given earlier that the message asks to be called on, by a part of it; null when the message names
    /// none, or a part that fits no number or more than one.
    /// </summary>
    public static string? Picked(ConversationData conversation, string normalized)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.PhonesSaid.Count < 2 || PickedByPart().Match(normalized ?? "") is not { Success: true } picked)
        {
            return null;
        }

        var part = picked.Groups["part"].Value;
        var fits = conversation.PhonesSaid
            .Where(n => part.Length == 3 ? n.StartsWith(part, StringComparison.Ordinal) : n.EndsWith(part, StringComparison.Ordinal))
            .ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>The slots as read, with the number picked from those given earlier when the message holds none of its own.</summary>
    public static SlotReading WithPicked(SlotReading slots, ConversationData conversation, string normalized)
    {
        ArgumentNullException.ThrowIfNull(slots);
        return slots.Phone is null && Picked(conversation, normalized) is { } picked ? slots with { Phone = picked } : slots;
    }

    private const int MobileLength = 11;

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex Mobile();

    /// <summary>"打150那个", "联系尾号2847的", "用139开头那个号", "call the 150 one": a number named by its head or its tail.</summary>
    [GeneratedRegex(@"(?i)(?:打|拨|联系|用|找|call|use|ring)\s*(?:the\s+)?(?:尾号|尾数|后四位)?\s*(?<part>(?<!\d)1[3-9]\d(?!\d)|(?<!\d)\d{4}(?!\d))\s*(?:开头|结尾)?\s*(?:的|那个|那只|个|嘅|one|number)")]
    private static partial Regex PickedByPart();
}
