using System.Diagnostics;
using OsProcess = System.Diagnostics.Process;
using System.Text.Json.Nodes;
using ConciergeBot.Tests.Dialogs.Understanding;

namespace ConciergeBot.Tests.Bot.Channels.Browser;

/// <summary>Runs a script from tests/browser with Node and returns the JSON line it prints.</summary>
internal static class NodeScript
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Fails the test, loudly, when the browser or Node is missing: these tests never pass by skipping.</summary>
    public static void RequireBrowser()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Fail($"Chromium is not installed at {Chromium}. Install it with `apt-get install chromium` (.ci/run does).");
        }

        if (!Directory.Exists(Path.Combine(RepoFiles.RepoRoot, "node_modules", "playwright-core")))
        {
            Assert.Fail("node_modules/playwright-core is missing: the build installs npm packages (npm ci).");
        }
    }

    public static async Task<JsonNode> RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoFiles.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepoFiles.RepoRoot, "tests", "browser", script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        OsProcess process;
        try
        {
            process = OsProcess.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail("Node.js is needed for the browser tests: " + e.Message);
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{script} did not finish within 120 s. stderr: {await stderr}");
            }

            var output = (await stdout).Trim();
            var json = output.Length > 0 ? JsonNode.Parse(output.Split('\n')[^1]) : null;
            if (process.ExitCode != 0 || json is null || json["error"] is not null)
            {
                Assert.Fail($"{script} failed (exit {process.ExitCode}): {json?["error"] ?? output} {await stderr}");
            }

            return json!;
        }
    }
}
