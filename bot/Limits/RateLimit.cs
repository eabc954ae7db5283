namespace ConciergeBot.Limits;

/// <summary>At most <see cref="Permits"/> in any <see cref="Window"/> (a sliding window); 0 permits turns the limit off.</summary>
public sealed class RateLimit
{
    public int Permits { get; set; }

    public TimeSpan Window { get; set; }

    public bool IsOff => Permits <= 0;

    public static RateLimit Of(int permits, TimeSpan window) => new() { Permits = permits, Window = window };

    public override string ToString() => IsOff ? "off" : $"{Permits} per {Window}";
}
