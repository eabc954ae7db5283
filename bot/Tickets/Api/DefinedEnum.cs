using System.Globalization;

namespace ConciergeBot.Tickets.Api;

/// <summary>
/// Enum values as the staff API documents them: the name (<c>"Accepted"</c>, any case) or its number (<c>2</c>),
/// never an undefined number (<c>99</c>) or a combination (<c>"1,2"</c>), which <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> would take.
/// </summary>
internal static class DefinedEnum
{
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (Enum.GetNames<TEnum>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } name)
        {
            value = Enum.Parse<TEnum>(name);
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && TryFromNumber(number, out value);
    }

    public static bool TryFromNumber<TEnum>(int number, out TEnum value)
        where TEnum : struct, Enum
    {
        value = (TEnum)Enum.ToObject(typeof(TEnum), number);
        return Enum.IsDefined(value);
    }

    /// <summary>"99 is not a TicketState; use one of Received, Dispatched, … (or their numbers 0–7)."</summary>
    public static string Refusal<TEnum>(string? offered)
        where TEnum : struct, Enum =>
        $"{(string.IsNullOrWhiteSpace(offered) ? "an empty value" : offered)} is not a {typeof(TEnum).Name}; {Allowed<TEnum>()}.";

    /// <summary>"use one of Received, Dispatched, … (or their numbers 0–7)"</summary>
    public static string Allowed<TEnum>()
        where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>();
        return $"use one of {string.Join(", ", names)} (or their numbers 0–{names.Length - 1})";
    }
}
