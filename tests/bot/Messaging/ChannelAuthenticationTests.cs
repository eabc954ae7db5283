using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConciergeBot.Tests.Bot.Channels;
using ConciergeBot.Tests.Harness;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConciergeBot.Tests.Bot.Messaging;

/// <summary>
/// <c>/api/messages</c> lets in only authenticated callers — a channel JWT (issuer, audience = app id, lifetime,
/// signature) or a trusted channel's shared secret — and loopback without credentials only when the development
/// switch is on; a refused call stores nothing. Replies go only to allow-listed serviceUrls.
/// </summary>
public sealed class ChannelAuthenticationTests
{
    private const string AppId = "conciergebot-app-id";
    private const string Issuer = "https://channel.example.test";
    private const string SymmetricKey = "test-channel-jwt-signing-key-0123456789";
    private const string FrontDeskSecret = "test-frontdesk-shared-secret-0123456789";
    private const string Hello = """{"type":"message","text":"你好","from":{"id":"u1"},"conversation":{"id":"auth-1"},"deliveryMode":"expectReplies"}""";

    private static readonly RSA Rsa = RSA.Create(2048);

    /// <summary>A strict service: credentials configured, loopback without them refused; the caller is 203.0.113.7 (TEST-NET-3) unless <paramref name="loopback"/>.</summary>
    private static BotHost Strict(bool loopback = false, params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Messages:AllowLoopbackWithoutAuth"] = "false",
            ["Messages:AppId"] = AppId,
            ["Messages:Jwt:Issuers:0"] = Issuer,
            ["Messages:Jwt:SigningKey"] = SymmetricKey,
            ["Messages:Jwt:JwksPath"] = JwksFile(),
            ["Messages:Secrets:frontdesk"] = FrontDeskSecret,
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }
        return new BotHost(settings: settings, services: s => CallerAddress.Use(s, loopback ? IPAddress.Loopback : IPAddress.Parse("203.0.113.7")));
    }

    private static string JwksFile()
    {
        var p = Rsa.ExportParameters(false);
        var path = Path.Combine(TempDirectory.Create(), "jwks.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            keys = new[] { new { kty = "RSA", kid = "rsa-1", use = "sig", alg = "RS256", n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) } },
        }));
        return path;
    }

    private static string Token(string? issuer = Issuer, string? audience = AppId, TimeSpan? expiresIn = null, SigningCredentials? key = null, string? serviceUrl = null)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(10));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires - TimeSpan.FromMinutes(20),
            NotBefore = expires - TimeSpan.FromMinutes(20),
            Expires = expires,
            SigningCredentials = key ?? new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SymmetricKey)), SecurityAlgorithms.HmacSha256),
            Claims = serviceUrl is null ? null : new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static SigningCredentials RsaKey => new(new RsaSecurityKey(Rsa) { KeyId = "rsa-1" }, SecurityAlgorithms.RsaSha256);

    private static async Task<HttpResponseMessage> PostAsync(BotHost host, string json, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return await host.CreateClient().SendAsync(request);
    }

    private static async Task AssertRefusedAsync(BotHost host, HttpResponseMessage response, string reasonPart, long storedBefore = 0)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer realm=", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unauthorized", body.GetProperty("code").GetString());
        Assert.Contains(reasonPart, body.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(storedBefore, host.StoredRows());
    }

    [Fact]
    public async Task A_caller_not_on_loopback_without_credentials_is_refused_even_with_the_development_switch_on()
    {
        await using var host = new BotHost(services: s => CallerAddress.Use(s, IPAddress.Parse("203.0.113.7")));
        using var response = await PostAsync(host, Hello);
        await AssertRefusedAsync(host, response, "Authorization: Bearer");
    }

    [Fact]
    public async Task A_strict_service_refuses_loopback_without_credentials()
    {
        await using var host = Strict(loopback: true);
        using var response = await PostAsync(host, Hello);
        await AssertRefusedAsync(host, response, "Authorization: Bearer");
    }

    [Fact]
    public async Task With_the_development_switch_a_loopback_caller_with_a_bad_credential_is_still_refused()
    {
        await using var host = new BotHost();
        using var response = await PostAsync(host, Hello, "not-a-secret");
        await AssertRefusedAsync(host, response, "neither a configured channel secret");
    }

    [Fact]
    public async Task The_shared_secret_of_a_trusted_channel_is_accepted_and_speaks_for_that_channel_only()
    {
        await using var host = Strict();
        using (var response = await PostAsync(host, Hello, FrontDeskSecret))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.NotEmpty(body.GetProperty("activities").EnumerateArray());
            Assert.Equal(1, host.Count("SELECT COUNT(*) FROM conversation_references WHERE channel_id = 'frontdesk'"));
        }

        var before = host.StoredRows();
        using var other = await PostAsync(host, Hello.Replace("\"type\"", "\"channelId\":\"wechat\",\"type\"", StringComparison.Ordinal), FrontDeskSecret);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(before, host.StoredRows());

        using var wrong = await PostAsync(host, Hello, FrontDeskSecret[..^1] + "X");
        await AssertRefusedAsync(host, wrong, "neither a configured channel secret", before);
    }

    [Fact]
    public async Task A_valid_channel_token_is_accepted_signed_with_the_symmetric_key_or_an_rsa_key_of_the_jwks()
    {
        await using var host = Strict();
        using var hmac = await PostAsync(host, Hello, Token());
        Assert.Equal(HttpStatusCode.OK, hmac.StatusCode);
        using var rsa = await PostAsync(host, Hello.Replace("auth-1", "auth-2", StringComparison.Ordinal), Token(key: RsaKey));
        Assert.Equal(HttpStatusCode.OK, rsa.StatusCode);
    }

    public static TheoryData<string, string> BadTokens()
    {
        using var otherRsa = RSA.Create(2048);
        var otherRsaKey = new SigningCredentials(new RsaSecurityKey(otherRsa.ExportParameters(true)) { KeyId = "rsa-1" }, SecurityAlgorithms.RsaSha256);
        var otherHmac = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another-signing-key-not-configured-0123")), SecurityAlgorithms.HmacSha256);
        var unsigned = Token()[..Token().LastIndexOf('.')] + ".";
        return new()
        {
            { Token(audience: "some-other-bot"), "audience" },
            { Token(issuer: "https://attacker.example.test"), "issuer" },
            { Token(expiresIn: TimeSpan.FromMinutes(-6)), "expired" },
            { Token(key: otherHmac), "signature" },
            { Token(key: otherRsaKey), "signature" },
            { unsigned, "signature" },
            { "eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.", "" },
        };
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_channel_token_with_the_wrong_audience_issuer_lifetime_or_signature_is_refused(string token, string reasonPart)
    {
        await using var host = Strict();
        using var response = await PostAsync(host, Hello, token);
        await AssertRefusedAsync(host, response, reasonPart);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_issued_for_one_serviceUrl_may_not_name_another()
    {
        await using var host = Strict(more: ("Messages:AllowedServiceUrls:*:0", "https://connector.example.test/"));
        var json = """{"type":"message","text":"你好","serviceUrl":"https://connector.example.test/b/","from":{"id":"u1"},"conversation":{"id":"auth-3"},"deliveryMode":"expectReplies"}""";
        using var other = await PostAsync(host, json, Token(serviceUrl: "https://connector.example.test/a/"));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(0, host.StoredRows());
        using var same = await PostAsync(host, json, Token(serviceUrl: "https://connector.example.test/b/"));
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
    }

    [Fact]
    public async Task Replies_go_to_an_allowed_serviceUrl_and_a_serviceUrl_off_the_list_is_refused_before_the_turn()
    {
        await using var connector = await RecordingServer.StartAsync((_, _) => (Results.Ok(new { id = "x" }), true));
        await using var stray = await RecordingServer.StartAsync((_, _) => (Results.Ok(new { id = "x" }), true));
        await using var host = Strict(more: ("Messages:AllowedServiceUrls:frontdesk:0", connector.BaseUrl.ToString()));
        string Activity(Uri serviceUrl, string conversation) =>
            $$$"""{"type":"message","id":"in-1","text":"你好","serviceUrl":"{{{serviceUrl}}}","from":{"id":"u1"},"conversation":{"id":"{{{conversation}}}"},"recipient":{"id":"bot"}}""";

        // Loopback is not allowed because it is loopback: only the configured port is.
        using (var refused = await PostAsync(host, Activity(stray.BaseUrl, "conv 2"), FrontDeskSecret))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var error = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("ServiceUrlNotAllowed", error.GetProperty("code").GetString());
            Assert.Equal(0, host.StoredRows());
        }

        using var response = await PostAsync(host, Activity(connector.BaseUrl, "conv 1"), FrontDeskSecret);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var deadline = Environment.TickCount64 + 10_000;
        while (connector.Accepted.IsEmpty && Environment.TickCount64 < deadline)
        {
            await Task.Delay(25);
        }
        var (path, body) = Assert.Single(connector.Received);
        Assert.Equal("/v3/conversations/conv 1/activities/in-1", Uri.UnescapeDataString(path));
        var reply = JsonDocument.Parse(body).RootElement;
        Assert.Equal("in-1", reply.GetProperty("replyToId").GetString());
        Assert.Equal("u1", reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(0, stray.Calls);
    }
}
