using System.Diagnostics;
using System.Text.Json;
using ConciergeBot.Cli;
using ConciergeBot.Dialogs.Understanding;
using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Bot.Cli;

/// <summary><c>triage</c>: stdin lines (plain or JSON) to one JSON object per line, run in-process and once as a real process.</summary>
public sealed class TriageCommandTests
{
    private static readonly DateTimeOffset Sunday = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    private static async Task<List<JsonElement>> RunAsync(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        await using var writer = new StringWriter();
        var code = await TriageCommand.RunAsync(args, reader, writer, new FixedClock(Sunday), MessageUnderstanding.Shared);
        Assert.Equal(0, code);
        return [.. writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    [Fact]
    public async Task Each_plain_line_becomes_one_json_object_with_intent_confidence_and_entities()
    {
        var lines = await RunAsync("楼上漏水 一直往下滴\n明天下午3点来换灯泡\n");
        Assert.Equal(2, lines.Count);
        Assert.Equal("楼上漏水 一直往下滴", lines[0].GetProperty("text").GetString());
        Assert.Equal(IntentCode.RepairUrgent, lines[0].GetProperty("intent").GetString());
        Assert.InRange(lines[0].GetProperty("confidence").GetDouble(), 0.0, 1.0);
        Assert.False(lines[0].TryGetProperty("severity", out _));
        Assert.Equal(JsonValueKind.Array, lines[0].GetProperty("entities").ValueKind);

        var entity = Assert.Single(lines[1].GetProperty("entities").EnumerateArray());
        Assert.Equal("datetime", entity.GetProperty("type").GetString());
        Assert.Equal("明天下午3点", entity.GetProperty("text").GetString());
        Assert.Equal("2026-11-23T15:00", entity.GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_json_line_carries_its_own_reference_time_and_the_original_text()
    {
        var lines = await RunAsync("""{"text": "後天上午十點 保安罵人還動手", "now": "2026-11-20T09:00:00+08:00"}""" + "\n");
        var line = Assert.Single(lines);
        Assert.Equal("後天上午十點 保安罵人還動手", line.GetProperty("text").GetString());
        Assert.Equal(IntentCode.ComplaintStaff, line.GetProperty("intent").GetString());
        Assert.Equal(IntentCode.SeveritySerious, line.GetProperty("severity").GetString());
        Assert.Equal("2026-11-22T10:00", line.GetProperty("entities")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task The_now_option_sets_the_reference_time()
    {
        var line = Assert.Single(await RunAsync("明天有人在家\n", "--now", "2026-03-01T08:00"));
        Assert.Equal("2026-03-02", line.GetProperty("entities")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Bad_lines_get_an_error_object_on_their_own_line_and_the_rest_goes_on()
    {
        var lines = await RunAsync("{not json\n\n{\"text\": 12}\n{\"text\": \"在吗\", \"now\": \"yesterday\"}\n在吗\n");
        Assert.Equal(5, lines.Count);
        Assert.All(lines.Take(4), l => Assert.True(l.TryGetProperty("error", out _)));
        Assert.Equal(IntentCode.Smalltalk, lines[4].GetProperty("intent").GetString());
    }

    [Fact]
    public void Numeric_entity_values_are_json_numbers()
    {
        var understanding = MessageUnderstanding.Shared;
        var line = TriageCommand.Triage("三楼的 物业费 2.8元一平", Sunday, understanding, new MemoryStream());
        var root = JsonDocument.Parse(line).RootElement;
        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            var numeric = entity.GetProperty("type").GetString() is "money" or "area" or "number" or "percent";
            Assert.Equal(numeric ? JsonValueKind.Number : JsonValueKind.String, entity.GetProperty("value").ValueKind);
        }
    }

    [Fact]
    public async Task An_unreadable_now_option_fails_with_a_usage_error()
    {
        using var reader = new StringReader("在吗\n");
        await using var writer = new StringWriter();
        var code = await TriageCommand.RunAsync(["--now", "soon"], reader, writer, new FixedClock(Sunday), MessageUnderstanding.Shared);
        Assert.Equal(2, code);
        Assert.Contains("error", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_program_runs_triage_as_a_subcommand()
    {
        var dll = typeof(TriageCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [dll, "triage", "--now", "2026-11-22T10:00:00+08:00"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        await process.StandardInput.WriteLineAsync("电梯困人 快来");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        var line = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Equal(IntentCode.Emergency, line.GetProperty("intent").GetString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
