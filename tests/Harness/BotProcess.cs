using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ConciergeBot.Tests.Harness;

/// <summary>
/// The real service as a separate process (<c>dotnet ConciergeBot.dll</c>, the build the tests reference),
/// on a free loopback port and its own data directory. <see cref="Kill"/> is SIGKILL: no shutdown code runs.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private BotProcess(Process process, Uri baseAddress, string dataDirectory)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts the service and waits until <c>/healthz</c> answers.</summary>
    public static async Task<BotProcess> StartAsync(string? dataDirectory = null, int? port = null, IDictionary<string, string>? environment = null)
    {
        dataDirectory ??= TempDirectory.Create();
        port ??= FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "ConciergeBot.dll"), "--urls", baseAddress.ToString().TrimEnd('/'), "--Storage:DataDirectory", dataDirectory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataDirectory,
        };
        // The tests post to /api/messages as a developer's curl does: from loopback, without credentials.
        start.Environment["Messages__AllowLoopbackWithoutAuth"] = "true";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bot process");
        var bot = new BotProcess(process, baseAddress, dataDirectory);
        process.OutputDataReceived += (_, e) => bot.Record(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await bot.WaitHealthyAsync(TimeSpan.FromSeconds(60));
        return bot;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>SIGKILL, then wait for the process to be gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.Add(line);
        }
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = CreateClient();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The bot did not become healthy in {timeout}:\n{Output}");
    }
}
