using Microsoft.Extensions.Options;

namespace ConciergeBot.Channels.WeChat;

/// <summary>Fails start-up on a WeChat configuration that could only fail later, at the first push.</summary>
internal sealed class WeChatOptionsValidator : IValidateOptions<WeChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WeChatOptions options)
    {
        var errors = new List<string>();
        if (options.EncodingAesKey.Length > 0)
        {
            if (options.EncodingAesKey.Length != 43)
            {
                errors.Add("WeChat:EncodingAesKey must be 43 characters.");
            }
            else
            {
                try
                {
                    _ = Convert.FromBase64String(options.EncodingAesKey + "=");
                }
                catch (FormatException)
                {
                    errors.Add("WeChat:EncodingAesKey is not base64.");
                }
            }

            if (options.AppId.Length == 0)
            {
                errors.Add("WeChat:AppId is required with WeChat:EncodingAesKey.");
            }
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri)
        {
            errors.Add("WeChat:ApiBaseUrl must be an absolute URL.");
        }

        if (options.PassiveReplyTimeout <= TimeSpan.Zero || options.PassiveReplyTimeout >= TimeSpan.FromSeconds(5))
        {
            errors.Add("WeChat:PassiveReplyTimeout must be between 0 and 5 seconds (WeChat waits 5 s).");
        }

        if (options.MaxBodyBytes < 1024)
        {
            errors.Add("WeChat:MaxBodyBytes must be at least 1024.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
