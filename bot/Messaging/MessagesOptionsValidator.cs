using Microsoft.Extensions.Options;

namespace ConciergeBot.Messaging;

/// <summary>A half-configured door fails the start, not the first caller.</summary>
internal sealed class MessagesOptionsValidator : IValidateOptions<MessagesOptions>
{
    public ValidateOptionsResult Validate(string? name, MessagesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var (channel, secret) in options.Secrets)
        {
            if ((secret ?? "").Length < 32)
            {
                errors.Add($"Messages:Secrets:{channel} must be at least 32 characters.");
            }
        }
        var jwt = options.Jwt;
        if (jwt.IsConfigured)
        {
            if (string.IsNullOrWhiteSpace(options.AppId))
            {
                errors.Add("Messages:AppId (the audience of channel tokens) is required when Messages:Jwt is configured.");
            }
            if (jwt.Issuers.Length == 0)
            {
                errors.Add("Messages:Jwt:Issuers needs at least one trusted issuer.");
            }
            if (jwt.SigningKey.Length is > 0 and < 32)
            {
                errors.Add("Messages:Jwt:SigningKey must be at least 32 characters.");
            }
            if (jwt.JwksPath.Length > 0 && !File.Exists(jwt.JwksPath))
            {
                errors.Add($"Messages:Jwt:JwksPath: no file at {jwt.JwksPath}.");
            }
        }
        foreach (var (channel, urls) in options.AllowedServiceUrls)
        {
            foreach (var url in urls ?? [])
            {
                if (ServiceUrlPolicy.ParseEntry(url) is null)
                {
                    errors.Add($"Messages:AllowedServiceUrls:{channel}: '{url}' is not an absolute http(s) URL.");
                }
            }
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
