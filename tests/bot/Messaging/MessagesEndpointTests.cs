using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConciergeBot.Tests.Harness;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ConciergeBot.Tests.Bot.Messaging;

public sealed class MessagesEndpointTests : IClassFixture<MessagesEndpointTests.Factory>
{
    private readonly HttpClient _client;

    public MessagesEndpointTests(Factory factory) => _client = factory.CreateClient();

    public sealed class Factory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Storage:DataDirectory", TempDirectory.Create());
            builder.UseSetting("Messages:AllowLoopbackWithoutAuth", "true");
            builder.ConfigureServices(services => CallerAddress.Use(services, System.Net.IPAddress.Loopback));
        }
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_body()
    {
        using var response = await PostAsync("""{"type":"message","text":"你好","from":{"id":"u1"},"conversation":{"id":"http-1"},"deliveryMode":"expectReplies"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = body.RootElement.GetProperty("activities")[0];
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.Contains("智能管家", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("http-1", reply.GetProperty("conversation").GetProperty("id").GetString());
        Assert.EndsWith("Z", reply.GetProperty("timestamp").GetString(), StringComparison.Ordinal);
        Assert.False(reply.TryGetProperty("channelData", out _), "nulls are omitted");
    }

    [Theory]
    [InlineData("""{"type":"mess""", "MalformedJson")]
    [InlineData("""[1,2,3]""", "MalformedJson")]
    [InlineData("""null""", "MalformedJson")]
    [InlineData("""{"type":"message","text":"hi","from":{"id":"u1"}}""", "MissingField")]
    [InlineData("""{"type":"message","text":"hi","conversation":{"id":"c"}}""", "MissingField")]
    [InlineData("""{"text":"hi","from":{"id":"u1"},"conversation":{"id":"c"}}""", "MissingField")]
    public async Task Malformed_activities_get_400_with_a_reason(string json, string code)
    {
        using var response = await PostAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Oversized_body_is_refused_with_413()
    {
        var huge = new string('漏', 200_000);
        using var response = await PostAsync($$$"""{"type":"message","text":"{{{huge}}}","from":{"id":"u1"},"conversation":{"id":"c"}}""");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_content_type_is_refused()
    {
        using var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent("hello", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Emoji_and_control_characters_get_a_polite_answer()
    {
        using var response = await PostAsync("{\"type\":\"message\",\"text\":\"\\u0001\\u0007😀😀\",\"from\":{\"id\":\"u1\"},\"conversation\":{\"id\":\"http-emoji\"},\"deliveryMode\":\"expectReplies\"}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEmpty(body.GetProperty("activities").EnumerateArray());
    }

    private Task<HttpResponseMessage> PostAsync(string json) =>
        _client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
}
