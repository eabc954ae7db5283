using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Understanding;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Knowledge.Calendar;

namespace ConciergeBot.Cli;

/// <summary>
/// <c>triage [--now ISO8601]</c>: reads UTF-8 lines on stdin — plain text, or <c>{"text": "...", "now": "..."}</c> —
/// and writes one JSON object per line: <c>{"text", "intent", "severity"?, "confidence", "cue", "ood", "act", "entities": [{"type", "text", "value"}]}</c>
/// (<c>cue</c>: the words that raised the class, or null; <c>ood</c>: not about the estate; <c>act</c>: affirm, deny,
/// cancel, done, thanks, correction or null).
/// A line that cannot be read (empty, malformed JSON, bad <c>now</c>) gets <c>{"error": ...}</c> on its own line.
/// No host is built: the understanding pipeline alone, so it starts fast.
/// </summary>
internal static partial class TriageCommand
{
    /// <summary>The entity types of the evaluation format (<c>entities-dev.jsonl</c>); plain numbers and percentages stay internal.</summary>
    private static readonly HashSet<string> PrintedTypes =
    [
        EntityTypes.Room, EntityTypes.Date, EntityTypes.Time, EntityTypes.DateTime, EntityTypes.Duration,
        EntityTypes.Money, EntityTypes.Area, EntityTypes.Phone,
    ];

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output) =>
        RunAsync(args, input, output, TimeProvider.System, MessageUnderstanding.Shared);

    internal static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TimeProvider clock, MessageUnderstanding understanding)
    {
        DateTimeOffset? fixedNow = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = args[i] == "--now" && i + 1 < args.Length ? args[++i]
                : args[i].StartsWith("--now=", StringComparison.Ordinal) ? args[i]["--now=".Length..]
                : null;
            if (value is null || TryParseNow(value) is not { } parsed)
            {
                await output.WriteLineAsync(Error($"usage: triage [--now ISO8601]; cannot read argument '{args[i]}'"));
                await output.FlushAsync();
                return 2;
            }

            fixedNow = parsed;
        }

        var buffer = new MemoryStream();
        while (await input.ReadLineAsync() is { } line)
        {
            var now = fixedNow ?? ChinaTime.ToLocal(clock.GetUtcNow());
            await output.WriteLineAsync(Triage(line, now, understanding, buffer));
            await output.FlushAsync();
        }

        return 0;
    }

    /// <summary>The JSON line for one input line (never throws for bad input).</summary>
    internal static string Triage(string line, DateTimeOffset now, MessageUnderstanding understanding, MemoryStream buffer)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return Error("empty line");
        }

        var text = line;
        if (trimmed[0] == '{')
        {
            if (!TryReadRequest(trimmed, out var requestText, out var requestNow, out var problem))
            {
                return Error(problem);
            }

            text = requestText;
            now = requestNow ?? now;
        }

        var result = understanding.Understand(text, now);
        buffer.SetLength(0);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("text", text);
            json.WriteString("intent", result.Prediction.Intent);
            if (result.Prediction.Severity is { } severity)
            {
                json.WriteString("severity", severity);
            }

            json.WriteNumber("confidence", Math.Round(result.Prediction.Confidence, 3));
            WriteNullable(json, "cue", result.Prediction.Cue);
            json.WriteBoolean("ood", result.Prediction.OutOfDomain);
            WriteNullable(json, "act", result.Prediction.Act.Name);
            json.WriteStartArray("entities");
            foreach (var entity in result.Entities)
            {
                if (!PrintedTypes.Contains(entity.Type))
                {
                    continue;
                }

                json.WriteStartObject();
                json.WriteString("type", entity.Type);
                json.WriteString("text", entity.OriginalText ?? entity.Text);
                if (entity.IsNumeric && decimal.TryParse(entity.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    json.WriteNumber("value", number);
                }
                else
                {
                    json.WriteString("value", entity.Value);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static bool TryReadRequest(string json, out string text, out DateTimeOffset? now, out string problem)
    {
        text = string.Empty;
        now = null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("text", out var textElement)
                || textElement.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(textElement.GetString()))
            {
                problem = "expected an object with a non-empty string \"text\"";
                return false;
            }

            text = textElement.GetString()!;
            if (doc.RootElement.TryGetProperty("now", out var nowElement) && nowElement.ValueKind != JsonValueKind.Null)
            {
                if (nowElement.ValueKind != JsonValueKind.String || TryParseNow(nowElement.GetString()!) is not { } parsed)
                {
                    problem = "\"now\" must be an ISO 8601 date-time";
                    return false;
                }

                now = parsed;
            }

            problem = string.Empty;
            return true;
        }
        catch (JsonException e)
        {
            problem = "malformed JSON: " + e.Message;
            return false;
        }
    }

    /// <summary>An ISO 8601 instant; without an offset it is Asia/Shanghai local time.</summary>
    internal static DateTimeOffset? TryParseNow(string value)
    {
        value = value.Trim();
        if (HasOffset().IsMatch(value))
        {
            return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) ? withOffset : null;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ChinaTime.Offset)
            : null;
    }

    private static string Error(string message) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = message }, ErrorOptions);

    private static readonly JsonSerializerOptions ErrorOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex(@"(Z|z|[+-]\d{2}(:?\d{2})?)$")]
    private static partial Regex HasOffset();
}
