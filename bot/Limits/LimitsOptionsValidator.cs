using Microsoft.Extensions.Options;

namespace ConciergeBot.Limits;

/// <summary>A limit that is on needs a window; counts are not negative. A bad value fails the start.</summary>
internal sealed class LimitsOptionsValidator : IValidateOptions<LimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, LimitsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var (key, limit) in new[]
        {
            ("Turns", options.Turns), ("Tickets", options.Tickets), ("TicketsPerDay", options.TicketsPerDay),
            ("Tokens", options.Tokens), ("Conversations", options.Conversations), ("LoopbackMessages", options.LoopbackMessages),
        })
        {
            if (limit.Permits < 0)
            {
                errors.Add($"Limits:{key}:Permits must be 0 (off) or more.");
            }
            else if (!limit.IsOff && limit.Window <= TimeSpan.Zero)
            {
                errors.Add($"Limits:{key}:Window must be positive (e.g. 00:01:00).");
            }
        }

        var binding = options.Binding;
        if (binding.PerPair < 0 || binding.PerFlat < 0 || binding.PerUser < 0)
        {
            errors.Add("Limits:Binding:PerPair, PerFlat and PerUser must be 0 (off) or more.");
        }

        if (binding.Window <= TimeSpan.Zero || binding.LockOut <= TimeSpan.Zero)
        {
            errors.Add("Limits:Binding:Window and LockOut must be positive.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
