using ConciergeBot.Limits;
using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Bot.Limits;

public sealed class SlidingWindowLimiterTests
{
    [Fact]
    public void Each_key_has_its_own_window_and_a_refusal_says_when_the_oldest_event_leaves_it()
    {
        var clock = new ManualClock();
        var limiter = new SlidingWindowLimiter(RateLimit.Of(2, TimeSpan.FromMinutes(1)), clock);

        Assert.True(limiter.TryAcquire("a", out _));
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(limiter.TryAcquire("a", out _));
        Assert.False(limiter.TryAcquire("a", out var wait));
        Assert.Equal(TimeSpan.FromSeconds(40), wait);
        Assert.True(limiter.TryAcquire("b", out _));

        clock.Advance(TimeSpan.FromSeconds(40));               // the first event has left the window, the second not
        Assert.True(limiter.TryAcquire("a", out _));
        Assert.False(limiter.TryAcquire("a", out wait));
        Assert.Equal(TimeSpan.FromSeconds(20), wait);
    }

    [Fact]
    public void Keys_whose_window_has_emptied_are_dropped_so_a_flood_of_fresh_keys_stays_bounded()
    {
        var clock = new ManualClock();
        var limiter = new SlidingWindowLimiter(RateLimit.Of(5, TimeSpan.FromMinutes(1)), clock);
        for (var i = 0; i < 1000; i++)
        {
            limiter.TryAcquire($"address-{i}", out _);
        }

        Assert.Equal(1000, limiter.KeyCount);
        clock.Advance(TimeSpan.FromMinutes(1));
        limiter.TryAcquire("late", out _);
        Assert.Equal(1, limiter.KeyCount);
    }

    [Fact]
    public void Zero_permits_turn_the_limit_off()
    {
        var limiter = new SlidingWindowLimiter(RateLimit.Of(0, TimeSpan.FromMinutes(1)), new ManualClock());
        Assert.All(Enumerable.Range(0, 100), i => Assert.True(limiter.TryAcquire("a", out _)));
    }
}
