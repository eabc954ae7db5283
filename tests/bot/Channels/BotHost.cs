using ConciergeBot.Tests.Bot.Channels.WeChat;
using ConciergeBot.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConciergeBot.Tests.Bot.Channels;

/// <summary>
/// The real bot (its Program) on a temporary SQLite file, configured for the channel tests: Direct Line key and
/// secret, the WeChat account pointed at a local fake. <see cref="StartKestrel"/> serves it on a real loopback port
/// (for WeChat pushes and the browser); otherwise requests go through the in-memory test server.
/// </summary>
internal sealed class BotHost : WebApplicationFactory<Program>
{
    public const string DirectLineSecret = "test-direct-line-secret-0123456789";
    public const string SigningKey = "test-direct-line-signing-key-0123456789";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _ownsDirectory;

    public BotHost(string? dataDirectory = null, Uri? weChatApi = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _ownsDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? TempDirectory.Create();
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["DirectLine:TokenSigningKey"] = SigningKey,
            ["DirectLine:Secret"] = DirectLineSecret,
            ["WeChat:Token"] = FakeWeChatServer.Token,
            ["WeChat:AppId"] = FakeWeChatServer.AppId,
            ["WeChat:EncodingAesKey"] = FakeWeChatServer.AesKey,
            ["WeChat:AppSecret"] = FakeWeChatServer.AppSecret,
            ["WeChat:ApiBaseUrl"] = (weChatApi ?? new Uri("http://127.0.0.1:9/")).ToString(),
            // The tests post to /api/messages as a developer's curl does: from loopback, without credentials
            // (tests/bot/Messaging/ChannelAuthenticationTests turn this off).
            ["Messages:AllowLoopbackWithoutAuth"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    public string DatabasePath => DatabaseProbe.FileIn(DataDirectory);

    /// <summary>The base URL once <see cref="StartKestrel"/> ran.</summary>
    public Uri? BaseUrl { get; private set; }

    /// <summary>Serves on a real loopback port in the channel tests' range.</summary>
    public Uri StartKestrel()
    {
        // The URL goes in as configuration: UseKestrel(port) rewrites the server's addresses after the minimal-hosting
        // entry point may already have started it, which fails now and then.
        var port = TestPorts.Next();
        _settings["urls"] = $"http://127.0.0.1:{port}";
        UseKestrel();
        StartServer();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        return BaseUrl;
    }

    /// <summary>A scalar from the bot's database (what the test checks was, or was not, stored).</summary>
    public long Count(string sql) => DatabaseProbe.Scalar(DatabasePath, sql);

    /// <summary>Rows a turn leaves behind (transcript, dialog state, conversation references, tickets, outbox, WeChat inbox): 0 when nothing was stored.</summary>
    public long StoredRows() => Count("""
        SELECT (SELECT COUNT(*) FROM transcript) + (SELECT COUNT(*) FROM bot_state) + (SELECT COUNT(*) FROM conversation_references)
             + (SELECT COUNT(*) FROM tickets) + (SELECT COUNT(*) FROM outbox) + (SELECT COUNT(*) FROM wechat_inbox)
        """);

    /// <summary>Polls <paramref name="sql"/> until it yields <paramref name="expected"/> (work that finishes after the response).</summary>
    public async Task<bool> WaitUntilAsync(string sql, long expected, TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (Count(sql) != expected)
        {
            if (Environment.TickCount64 > deadline)
            {
                return false;
            }

            await Task.Delay(25);
        }

        return true;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services => CallerAddress.Use(services, System.Net.IPAddress.Loopback));
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
