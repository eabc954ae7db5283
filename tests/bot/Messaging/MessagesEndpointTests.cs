using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConciergeBot.Tests.Harness;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ConciergeBot.Tests.Bot.Messaging;

public sealed class MessagesEndpointTests : IClassFixture<MessagesEndpointTests.Factory>
{
    private readonly HttpClient _client;

    public MessagesEndpointTests(Factory factory) => _client = factory.CreateClient();

    public sealed class Factory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
            builder.UseSetting("Storage:DataDirectory", TempDirectory.Create());
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

    [Fact]
    public async Task Without_expectReplies_the_replies_are_posted_to_the_service_url()
    {
        var received = new TaskCompletionSource<(string Path, string Body)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var channel = WebApplication.CreateBuilder();
        channel.WebHost.UseUrls("http://127.0.0.1:0");
        await using var fake = channel.Build();
        fake.MapPost("/v3/conversations/{conversation}/activities/{replyTo}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            received.TrySetResult((request.Path.Value!, await reader.ReadToEndAsync()));
            return Results.Ok(new { id = "x" });
        });
        await fake.StartAsync();
        var serviceUrl = fake.Urls.First();

        using var response = await PostAsync($$$"""{"type":"message","id":"in-1","text":"你好","serviceUrl":"{{{serviceUrl}}}","channelId":"fake","from":{"id":"u1"},"conversation":{"id":"conv 1"},"recipient":{"id":"bot"}}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var (path, body) = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("/v3/conversations/conv 1/activities/in-1", Uri.UnescapeDataString(path));
        var reply = JsonDocument.Parse(body).RootElement;
        Assert.Equal("in-1", reply.GetProperty("replyToId").GetString());
        Assert.Equal("u1", reply.GetProperty("recipient").GetProperty("id").GetString());
        await fake.StopAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string json) =>
        _client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
}
