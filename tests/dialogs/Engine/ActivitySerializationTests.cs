using System.Text;
using System.Text.Json;
using ConciergeBot.Dialogs.Activities;

namespace ConciergeBot.Tests.Dialogs.Engine;

public sealed class ActivitySerializationTests
{
    [Fact]
    public void Unknown_fields_survive_a_round_trip()
    {
        const string json = """{"type":"message","text":"你好","from":{"id":"u1","aadObjectId":"x"},"conversation":{"id":"c","tenantId":"t"},"channelData":{"clientActivityID":"abc"},"futureField":{"a":[1,2]}}""";
        var activity = ActivityJson.Deserialize(Encoding.UTF8.GetBytes(json))!;
        var back = JsonDocument.Parse(ActivityJson.Serialize(activity)).RootElement;

        Assert.Equal("[1,2]", back.GetProperty("futureField").GetProperty("a").GetRawText());
        Assert.Equal("x", back.GetProperty("from").GetProperty("aadObjectId").GetString());
        Assert.Equal("t", back.GetProperty("conversation").GetProperty("tenantId").GetString());
        Assert.Equal("abc", back.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Contains("你好", ActivityJson.Serialize(activity), StringComparison.Ordinal);
    }

    [Fact]
    public void Timestamps_are_written_in_utc_with_z()
    {
        var activity = new Activity { Type = "message", Timestamp = new DateTimeOffset(2026, 11, 22, 18, 30, 0, TimeSpan.FromHours(8)) };
        Assert.Contains("\"timestamp\":\"2026-11-22T10:30:00.000Z\"", ActivityJson.Serialize(activity), StringComparison.Ordinal);
    }
}
