using ConciergeBot.Channels.DirectLine;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Tests.Bot.Channels.DirectLine;

public sealed class DirectLineTokensTests
{
    private static DirectLineTokens Create(ManualClock clock, string key = "a-test-signing-key-of-at-least-32-chars") =>
        new(Options.Create(new DirectLineOptions { TokenSigningKey = key, Secret = "the-direct-line-secret" }), clock);

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
}
