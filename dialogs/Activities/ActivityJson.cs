using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace ConciergeBot.Dialogs.Activities;

/// <summary>The JSON settings of the Bot Framework wire format: camelCase, nulls omitted, Chinese kept readable.</summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            MaxDepth = 32,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static Activity? Deserialize(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize<Activity>(utf8, Options);

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Options);
}
