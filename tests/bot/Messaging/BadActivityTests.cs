using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConciergeBot.Tests.Bot.Channels;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Messaging;

/// <summary>
/// Activities that used to reach the turn and fail there with a 500 (issue 13): each is a 400 with a code and a reason,
/// and nothing of the turn is stored. Real HTTP against the service on a real SQLite file and a manual clock.
/// </summary>
public sealed class BadActivityTests
{
    [Theory]
    [InlineData("""{"type":"message","text":"你好","timestamp":"yesterday","from":{"id":"u1"},"conversation":{"id":"c1"}}""", "MalformedJson", "timestamp")]
    [InlineData("""{"type":"message","text":"你好","timestamp":"0001-01-01T00:00:00+08:00","from":{"id":"u1"},"conversation":{"id":"c1"}}""", "MalformedJson", "timestamp")]
    [InlineData("""{"type":"message","text":"你好","timestamp":"","from":{"id":"u1"},"conversation":{"id":"c1"}}""", "MalformedJson", "timestamp")]
    [InlineData("""{"type":"message","text":"你好","from":{"id":"   "},"conversation":{"id":"c1"}}""", "MissingField", "from.id")]
    [InlineData("""{"type":"message","text":"你好","from":{"id":"u1"},"conversation":{"id":" \t"}}""", "MissingField", "conversation.id")]
    public async Task Unreadable_timestamp_or_blank_ids_get_400_with_a_reason_and_nothing_is_stored(string json, string code, string named)
    {
        await using var host = new BotHost(services: s => s.AddSingleton<TimeProvider>(new ManualClock()));
        using var http = host.CreateClient();

        using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Contains(named, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, host.StoredRows());
    }
}
