using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels.DirectLine;

internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var errors = new List<string>();
        if (options.TokenSigningKey.Length is > 0 and < 32)
        {
            errors.Add("DirectLine:TokenSigningKey must be at least 32 characters.");
        }

        if (options.Secret.Length is > 0 and < 16)
        {
            errors.Add("DirectLine:Secret must be at least 16 characters.");
        }

        if (options.TokenLifetime < TimeSpan.FromMinutes(1))
        {
            errors.Add("DirectLine:TokenLifetime must be at least a minute.");
        }

        if (options.KeepAliveInterval <= TimeSpan.Zero)
        {
            errors.Add("DirectLine:KeepAliveInterval must be positive.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
