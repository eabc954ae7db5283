using ConciergeBot.Knowledge.Estate;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Tickets.Api;

/// <summary>Every token belongs to someone on the roster and is long enough to be a secret; no two people share one.</summary>
internal sealed class StaffOptionsValidator(Roster roster) : IValidateOptions<StaffOptions>
{
    public const int MinimumTokenLength = 16;

    public ValidateOptionsResult Validate(string? name, StaffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (staffId, token) in options.Tokens)
        {
            if (roster.FindById(staffId) is null)
            {
                failures.Add($"Staff:Tokens:{staffId} names no one on the roster");
            }

            if (string.IsNullOrWhiteSpace(token) || token.Length < MinimumTokenLength)
            {
                failures.Add($"Staff:Tokens:{staffId} must be at least {MinimumTokenLength} characters");
            }
        }

        if (options.Tokens.Values.Distinct(StringComparer.Ordinal).Count() != options.Tokens.Count)
        {
            failures.Add("Staff:Tokens gives two people the same token");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
