using System.Text.Json;
using ConciergeBot.Dialogs.Understanding.Normalization;
using Xunit.Abstractions;

namespace ConciergeBot.Tests.Dialogs.Understanding.Normalization;

public sealed class TextNormalizerTests(ITestOutputHelper output)
{
    private static readonly TextNormalizer Normalizer = TextNormalizer.Shared;

    [Theory]
    [InlineData("t2s")]
    [InlineData("hk2s")]
    public void OpenCC_conversion_cases_to_Simplified_pass(string config)
    {
        var cases = OpenCcCases(config);
        Assert.NotEmpty(cases);
        foreach (var (input, expected) in cases)
        {
            Assert.Equal(expected, Normalizer.ToSimplified(input, out _));
        }

        output.WriteLine($"{config}: {cases.Count}/{cases.Count} OpenCC cases pass");
    }

    [Fact]
    public void OpenCC_s2t_cases_pass_with_ToTraditional()
    {
        var cases = OpenCcCases("s2t");
        Assert.NotEmpty(cases);
        foreach (var (input, expected) in cases)
        {
            Assert.Equal(expected, Normalizer.ToTraditional(input));
        }
    }

    [Fact]
    public void Taiwan_cases_mostly_convert_with_the_standard_tables()
    {
        var cases = OpenCcCases("tw2s");
        int passed = cases.Count(c => Normalizer.ToSimplified(c.Input, out _) == c.Expected);
        output.WriteLine($"tw2s: {passed}/{cases.Count} (standard t2s tables, no Taiwan variant step)");
        Assert.True(passed >= cases.Count - 2, $"tw2s {passed}/{cases.Count}");
    }

    [Theory]
    [InlineData("我家在18樓 電梯兩部都壞了", "我家在18楼 电梯两部都坏了")]
    [InlineData("後天下午兩點半有人在家 5棟2單元2204", "后天下午两点半有人在家 5栋2单元2204")]
    [InlineData("兩千塊押金 什麼時候能退", "两千块押金 什么时候能退")]
    [InlineData("九號樓二單元六零一 水龍頭壞了", "九号楼二单元六零一 水龙头坏了")]
    public void Traditional_is_converted_and_flagged(string input, string expected)
    {
        NormalizedText result = Normalizer.Normalize(input);
        Assert.Equal(expected, result.Text);
        Assert.True(result.WasTraditional);
        Assert.Equal(input, result.Original);
    }

    [Theory]
    [InlineData("３栋２单元１２０２　厕所漏水了！", "3栋2单元1202 厕所漏水了!")]
    [InlineData("ＲＭＢ５００，换锁费？", "RMB500,换锁费?")]
    [InlineData("￥３００／月", "¥300/月")]
    [InlineData("１．０７５３美元", "1.0753美元")]
    [InlineData("  楼上   又在\t吵了\r\n烦死了  ", "楼上 又在 吵了 烦死了")]
    [InlineData("漏水了😭😭 快来", "漏水了 快来")]
    [InlineData("👍谢谢", "谢谢")]
    [InlineData("电梯坏了👨‍👩‍👧 3栋", "电梯坏了 3栋")]
    [InlineData("好的❤️收到", "好的 收到")]
    [InlineData("3\u200B栋\u0007", "3栋")]
    [InlineData("《管理规约》第三条。“装修”、押金", "《管理规约》第三条。“装修”、押金")]
    [InlineData("89㎡ 2.5m² 𠮷", "89㎡ 2.5m² 𠮷")]
    public void Characters_are_cleaned(string input, string expected)
    {
        NormalizedText result = Normalizer.Normalize(input);
        Assert.Equal(expected, result.Text);
        Assert.False(result.WasTraditional);
    }

    [Fact]
    public void Clean_Simplified_text_is_returned_as_is()
    {
        const string text = "明天下午三点 8栋1单元302 换水龙头";
        NormalizedText result = Normalizer.Normalize(text);
        Assert.Same(text, result.Text);
        Assert.False(result.WasTraditional);
        Assert.Equal(string.Empty, Normalizer.Normalize(string.Empty).Text);
    }

    [Fact]
    public void Answers_can_be_given_back_in_Traditional()
    {
        Assert.Equal("物業費怎麼交", Normalizer.ToTraditional("物业费怎么交"));
        Assert.Equal("電梯壞了，請儘快派人維修。", Normalizer.ToTraditional("电梯坏了，请尽快派人维修。"));
    }

    [Fact]
    public void Tables_load_quickly()
    {
        output.WriteLine($"t2s tables loaded in {Normalizer.LoadTime.TotalMilliseconds:F1} ms");
        Assert.True(Normalizer.LoadTime < TimeSpan.FromMilliseconds(500), $"load took {Normalizer.LoadTime}");
    }

    private static List<(string Input, string Expected)> OpenCcCases(string config)
    {
        using FileStream stream = File.OpenRead(RepoFiles.NodeModule("opencc-data/test-data/testcases.json"));
        using JsonDocument document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
        var cases = new List<(string, string)>();
        foreach (JsonElement element in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            if (element.GetProperty("expected").TryGetProperty(config, out JsonElement expected))
            {
                cases.Add((element.GetProperty("input").GetString()!, expected.GetString()!));
            }
        }

        return cases;
    }

    [Theory]
    [InlineData(false, "已為您緊急登記，我們會盡快核實並回覆您。")]
    [InlineData(true, "已為您緊急登記，我們會盡快核實並回覆您。")]
    public void Replies_to_Traditional_writers_use_the_forms_Taiwan_and_Hong_Kong_readers_write(bool hongKong, string expected)
    {
        var reply = Normalizer.ToTraditional("已为您紧急登记，我们会尽快核实并回复您。", hongKong);
        Assert.Equal(expected, reply);
        Assert.DoesNotContain('爲', reply);
        Assert.DoesNotContain('覈', reply);
    }
}
