using ConciergeBot.Channels.DirectLine;
using ConciergeBot.Tests.Harness;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Tests.Bot.Channels.DirectLine;

public sealed class DirectLineTokensTests
{
    private static DirectLineTokens Create(ManualClock clock, string key = "a-test-signing-key-of-at-least-32-chars") =>
        new(Options.Create(new DirectLineOptions { TokenSigningKey = key, Secret = "the-direct-line-secret" }), clock, new EphemeralDataProtectionProvider());

    /// <summary>Without a configured key: Data Protection with its key ring in <paramref name="keys"/>.</summary>
    private static DirectLineTokens Protected(ManualClock clock, string keys) =>
        new(Options.Create(new DirectLineOptions()), clock, DataProtectionProvider.Create(new DirectoryInfo(keys)));

    [Fact]
    public void Token_binds_conversation_and_user_until_it_expires()
    {
        var clock = new ManualClock();
        var tokens = Create(clock);

        var token = tokens.Issue("conv-1", "dl_owner");

        Assert.Equal(TokenCheck.Valid, tokens.Read(token, out var read));
        Assert.Equal("conv-1", read.ConversationId);
        Assert.Equal("dl_owner", read.UserId);
        Assert.Equal(1800, tokens.ExpiresInSeconds);

        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(TokenCheck.Valid, tokens.Read(token, out _));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(TokenCheck.Expired, tokens.Read(token, out _));
    }

    [Fact]
    public void Tampered_or_foreign_tokens_are_invalid()
    {
        var clock = new ManualClock();
        var tokens = Create(clock);
        var token = tokens.Issue("conv-1", "dl_owner");
        var other = Create(clock, "another-signing-key-of-at-least-32-chars").Issue("conv-1", "dl_owner");

        Assert.Equal(TokenCheck.Invalid, tokens.Read(other, out _));
        Assert.Equal(TokenCheck.Invalid, tokens.Read(token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1], out _));
        Assert.Equal(TokenCheck.Invalid, tokens.Read("not-a-token", out _));
        Assert.Equal(TokenCheck.Invalid, tokens.Read("!!!.???", out _));
    }

    [Fact]
    public void Only_the_configured_secret_is_a_secret()
    {
        var tokens = Create(new ManualClock());

        Assert.True(tokens.IsSecret("the-direct-line-secret"));
        Assert.False(tokens.IsSecret("the-direct-line-secreT"));
        Assert.False(tokens.IsSecret(""));
    }

    [Fact]
    public void Without_a_configured_key_tokens_and_cookies_outlive_the_process_that_made_them()
    {
        var keys = TempDirectory.Create();
        var clock = new ManualClock();
        var before = Protected(clock, keys);
        var token = before.Issue("conv-1", "dl_owner");
        var cookie = before.ProtectUserId("dl_owner");

        var after = Protected(clock, keys);
        var stranger = Protected(clock, TempDirectory.Create());

        Assert.Equal(TokenCheck.Valid, after.Read(token, out var read));
        Assert.Equal(("conv-1", "dl_owner"), (read.ConversationId, read.UserId));
        Assert.True(after.TryReadUserId(cookie, out var user));
        Assert.Equal("dl_owner", user);
        Assert.Equal(TokenCheck.Invalid, stranger.Read(token, out _));
        Assert.False(stranger.TryReadUserId(cookie, out _));
        Assert.Equal(TokenCheck.Invalid, after.Read(token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1], out _));
        Assert.False(after.TryReadUserId("dl_owner", out _));
        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(TokenCheck.Expired, after.Read(token, out _));
    }
}
