using System.Text.Json;
using ConciergeBot.Cli;

namespace ConciergeBot.Tests.Bot.Cli;

public sealed class AskCommandTests
{
    [Fact]
    public async Task Ask_answers_one_json_line_per_question_and_skips_blank_lines()
    {
        Assert.True(CliCommands.TryGet(["ask"], out var ask));
        var output = new StringWriter();

        var exit = await ask([], new StringReader("3栋1202一年物业费加电梯费多少\n\n   \n{\"question\": \"装修押金多少\"}\n今天天气怎么样\n%%%\n"), output);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var answers = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal("3栋1202一年物业费加电梯费多少", answers[0].GetProperty("question").GetString());
        Assert.Contains("4,838.40", answers[0].GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("收费标准·物业服务费标准", answers[0].GetProperty("source").GetString());
        Assert.Equal(1.0, answers[0].GetProperty("score").GetDouble());

        Assert.Equal("装修押金多少", answers[1].GetProperty("question").GetString());
        Assert.Contains("2,000元", answers[1].GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("fee.renovation.deposit", answers[1].GetProperty("sourceId").GetString());

        Assert.All(answers.Skip(2), a =>
        {
            Assert.Equal(JsonValueKind.Null, a.GetProperty("source").ValueKind);
            Assert.Contains("30 分钟内", a.GetProperty("answer").GetString(), StringComparison.Ordinal);
        });
        Assert.Contains("天气", lines[2], StringComparison.Ordinal); // Chinese written as is, not \u escapes
    }
}
