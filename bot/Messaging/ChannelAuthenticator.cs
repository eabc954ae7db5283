using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ConciergeBot.Messaging;

/// <summary>
/// Authenticates a caller of <c>/api/messages</c> the way a Bot Framework bot does: <c>Authorization: Bearer</c>
/// with a JWT whose issuer, audience (the bot's app id), lifetime and signature are checked against configured keys,
/// or with the shared secret of a trusted in-house channel (compared in constant time). In development a caller on
/// loopback without an Authorization header may be let through (<see cref="MessagesOptions.AllowLoopbackWithoutAuth"/>).
/// </summary>
internal sealed partial class ChannelAuthenticator
{
    private static readonly string[] Algorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384,
        SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512,
    ];

    private readonly MessagesOptions _options;
    private readonly bool _allowLoopback;
    private readonly TimeProvider _time;
    private readonly ILogger<ChannelAuthenticator> _log;
    private readonly JsonWebTokenHandler _tokens = new();
    private readonly TokenValidationParameters? _parameters;
    private readonly (string Channel, byte[] Hash)[] _secrets;

    public ChannelAuthenticator(IOptions<MessagesOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<ChannelAuthenticator> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        _options = options.Value;
        _allowLoopback = _options.AllowLoopbackWithoutAuth ?? environment.IsDevelopment();
        _time = time;
        _log = log;
        _secrets = [.. _options.Secrets.Where(s => !string.IsNullOrEmpty(s.Value)).Select(s => (s.Key, Hash(s.Value)))];
        _parameters = _options.Jwt.IsConfigured ? CreateParameters(_options) : null;
        if (_allowLoopback)
        {
            LogLoopbackOpen(_log);
        }
    }

    /// <summary>True when neither a token nor a secret can get in (only loopback in development, if that).</summary>
    public bool HasCredentials => _parameters is not null || _secrets.Length > 0;

    public async Task<ChannelAuthentication> AuthenticateAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return _allowLoopback && IsLoopback(context.Connection.RemoteIpAddress)
                ? new ChannelAuthentication(new ChannelCaller(ChannelCaller.LoopbackScheme))
                : ChannelAuthentication.Refused("Unauthorized",
                    "Authorization: Bearer <channel token or shared secret> is required" + (_allowLoopback ? " (only loopback callers may omit it)." : "."));
        }
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return ChannelAuthentication.Refused("invalid_request", "The Authorization header must be 'Bearer <token>'.");
        }
        var credential = header[7..].Trim();

        if (MatchSecret(credential) is { } channel)
        {
            return new ChannelAuthentication(new ChannelCaller("secret", ChannelId: channel));
        }
        if (_parameters is null || credential.Count(c => c == '.') != 2)
        {
            return ChannelAuthentication.Refused("invalid_token", "The bearer credential is neither a configured channel secret nor a channel token.");
        }
        return await ValidateTokenAsync(credential).ConfigureAwait(false);
    }

    /// <summary>Compares against every configured secret, the same work whichever matches (or none).</summary>
    private string? MatchSecret(string credential)
    {
        var given = Hash(credential);
        string? match = null;
        foreach (var (channel, hash) in _secrets)
        {
            if (CryptographicOperations.FixedTimeEquals(given, hash))
            {
                match ??= channel;
            }
        }
        return match;
    }

    private async Task<ChannelAuthentication> ValidateTokenAsync(string token)
    {
        var result = await _tokens.ValidateTokenAsync(token, _parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            var reason = result.Exception switch
            {
                SecurityTokenInvalidAudienceException => "The token's audience is not this bot's app id.",
                SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
                SecurityTokenSignatureKeyNotFoundException => "The token's signature does not verify: no configured key signed it.",
                SecurityTokenInvalidSignatureException => "The token's signature does not verify with the configured keys.",
                SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not accepted.",
                SecurityTokenMalformedException or ArgumentException => "The token is not a well-formed JWT.",
                _ => "The token was refused.",
            };
            var kind = result.Exception?.GetType().Name;
            LogTokenRefused(_log, reason, kind);
            return ChannelAuthentication.Refused("invalid_token", reason);
        }

        // The lifetime is checked here, against the service's clock (TimeProvider), with a reason of its own.
        var jwt = (JsonWebToken)result.SecurityToken;
        var now = _time.GetUtcNow().UtcDateTime;
        if (!jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out _))
        {
            return ChannelAuthentication.Refused("invalid_token", "The token has no expiry (exp).");
        }
        if (jwt.ValidTo < now - _options.Jwt.ClockSkew)
        {
            return ChannelAuthentication.Refused("invalid_token", "The token has expired.");
        }
        if (jwt.ValidFrom > now + _options.Jwt.ClockSkew)
        {
            return ChannelAuthentication.Refused("invalid_token", "The token is not valid yet.");
        }
        jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl);
        return new ChannelAuthentication(new ChannelCaller("jwt", ServiceUrl: serviceUrl));
    }

    private static TokenValidationParameters CreateParameters(MessagesOptions options)
    {
        var keys = new List<SecurityKey>();
        if (options.Jwt.SigningKey.Length > 0)
        {
            // With a key id: IdentityModel 8.23 trips over a key without one (NullReferenceException) when a token that
            // names a kid fails every key.
            keys.Add(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Jwt.SigningKey)) { KeyId = "Messages:Jwt:SigningKey" });
        }
        if (options.Jwt.JwksPath.Length > 0)
        {
            keys.AddRange(new JsonWebKeySet(File.ReadAllText(options.Jwt.JwksPath)).GetSigningKeys());
        }
        return new TokenValidationParameters
        {
            ValidIssuers = options.Jwt.Issuers,
            ValidAudience = options.AppId,
            IssuerSigningKeys = keys,
            ValidAlgorithms = Algorithms,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            // Checked in ValidateTokenAsync against TimeProvider (the handler would read the system clock).
            ValidateLifetime = false,
            RequireExpirationTime = false,
            TryAllIssuerSigningKeys = true,
        };
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "/api/messages lets loopback callers in without credentials (Messages:AllowLoopbackWithoutAuth); turn it off outside a developer machine")]
    private static partial void LogLoopbackOpen(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "/api/messages refused a channel token: {Reason} ({Exception})")]
    private static partial void LogTokenRefused(ILogger logger, string reason, string? exception);
}
