using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConciergeBot.Dialogs.Activities;

/// <summary>Writes <c>timestamp</c> as UTC with a "Z" suffix, as the Bot Framework schema does; reads any ISO 8601.</summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("timestamp is null");
        try
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at
                : throw new JsonException($"timestamp '{text}' is not an ISO 8601 date and time");
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // Year 0001 with a positive offset falls outside DateTimeOffset's range.
            throw new JsonException($"timestamp '{text}' is out of range", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }
}
