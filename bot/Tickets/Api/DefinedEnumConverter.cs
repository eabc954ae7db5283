using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConciergeBot.Tickets.Api;

/// <summary>Reads an enum of a staff API body as <see cref="DefinedEnum"/> does; anything else is a JsonException naming the allowed values.</summary>
internal sealed class DefinedEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String when DefinedEnum.TryParse<TEnum>(reader.GetString(), out var named):
                return named;
            case JsonTokenType.Number when reader.TryGetInt32(out var number) && DefinedEnum.TryFromNumber<TEnum>(number, out var numbered):
                return numbered;
            default:
                var offered = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
                    _ => reader.TokenType.ToString(),
                };
                throw new JsonException(DefinedEnum.Refusal<TEnum>(offered));
        }
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
