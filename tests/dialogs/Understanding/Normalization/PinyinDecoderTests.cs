using ConciergeBot.Dialogs.Understanding;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;
using ConciergeBot.Dialogs.Understanding.Normalization.Pinyin;

namespace ConciergeBot.Tests.Dialogs.Understanding.Normalization;

/// <summary>Owners who type toneless pinyin are read in characters, and nobody else is.</summary>
public sealed class PinyinDecoderTests
{
    private static readonly TextNormalizer Normalizer = TextNormalizer.Shared;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("wo jia ting dian le", "我家停电了")]
    [InlineData("woJiaTingDianLe", "我家停电了")]
    [InlineData("dianti huai le", "电梯坏了")]
    [InlineData("2 dong 1 danyuan 605", "2栋1单元605")]
    [InlineData("xie xie", "谢谢")]
    public void Pinyin_is_read_back_into_characters(string typed, string expected)
    {
        var normalized = Normalizer.Normalize(typed);

        Assert.True(normalized.WasPinyin);
        Assert.Equal(expected, normalized.Text);
        Assert.Equal(typed, normalized.Original);
    }

    [Theory]
    [InlineData("someone is drilling at the lock of 2204 right now")]
    [InlineData("the kitchen tap is leaking")]
    [InlineData("ok")]
    [InlineData("a")]
    [InlineData("S105")]
    [InlineData("我家停电了 wifi")]
    [InlineData("摄像头app刚推送有人")]
    [InlineData("啲lift门一直开住")]
    [InlineData("买了个iPad Pro不知道好不好")]
    public void English_words_codes_and_Chinese_stay_as_written(string typed)
    {
        var normalized = Normalizer.Normalize(typed);

        Assert.False(normalized.WasPinyin);
        Assert.Equal(typed, normalized.Text);
    }

    [Theory]
    [InlineData("kuai lai 救命", "快来救命")]
    [InlineData("厨房shuilongtou坏了", "厨房水龙头坏了")]
    [InlineData("楼下那条路上jie bing了", "楼下那条路上结冰了")]
    [InlineData("门口jie bing le 小心", "门口结冰了小心")]
    public void Pinyin_mixed_into_a_message_in_characters_is_read_too(string typed, string expected)
    {
        var normalized = Normalizer.Normalize(typed);

        Assert.True(normalized.WasPinyin);
        Assert.Equal(expected, normalized.Text);
    }

    [Fact]
    public void Words_that_are_not_pinyin_stay_inside_a_pinyin_message()
    {
        var normalized = Normalizer.Normalize("xq dixia cheku de wifi yizhi dou mei you xinhao");

        Assert.True(normalized.WasPinyin);
        Assert.StartsWith("xq", normalized.Text, StringComparison.Ordinal);
        Assert.Contains(" wifi ", normalized.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dianti", new[] { "dian", "ti" })]
    [InlineData("tingdianle", new[] { "ting", "dian", "le" })]
    [InlineData("zhuangxiu", new[] { "zhuang", "xiu" })]
    public void Runs_of_letters_split_into_the_fewest_syllables(string letters, string[] expected)
    {
        var readings = PinyinReadings.LoadEmbedded();

        Assert.Equal(expected, PinyinSegmenter.Segment(letters, readings));
    }

    [Theory]
    [InlineData("lock")]
    [InlineData("xq")]
    [InlineData("the")]
    public void Letters_that_spell_no_syllables_are_not_pinyin(string letters) =>
        Assert.Null(PinyinSegmenter.Segment(letters, PinyinReadings.LoadEmbedded()));

    [Fact]
    public void The_readings_cover_the_common_characters()
    {
        var readings = PinyinReadings.LoadEmbedded();

        Assert.InRange(readings.SyllableCount, 380, 430);
        Assert.Contains('电', readings.CharactersFor("dian"));
        Assert.Contains('着', readings.CharactersFor("zhao"));
    }

    [Theory]
    [InlineData("jiu ming, 4 dong dianti kun ren le, wo zai limian", IntentCode.Emergency)]
    [InlineData("wo jia ting dian le, quan wu mei dian", IntentCode.RepairUrgent)]
    [InlineData("lou dao deng huai le, 7 dong 2 danyuan 3 lou", IntentCode.PublicGeneral)]
    [InlineData("wuye fei duoshao qian yi ping", IntentCode.InquiryFee)]
    public void A_pinyin_message_is_understood_like_the_same_message_in_characters(string typed, string intent)
    {
        var reading = MessageUnderstanding.Shared.Understand(typed, Now);

        Assert.Equal(intent, reading.Prediction.Intent);
    }

    [Fact]
    public void Entities_in_a_pinyin_message_keep_the_words_the_owner_typed()
    {
        var reading = MessageUnderstanding.Shared.Understand("lou shang zao shang qi dian jiu kai shi za qiang, 3 dong 2 danyuan 1202", Now);

        var time = Assert.Single(reading.Entities, e => e.Type == "time");
        Assert.Equal("zao shang qi dian", time.OriginalText);
        var room = Assert.Single(reading.Entities, e => e.Type == "room");
        Assert.Equal("3-2-1202", room.Value);
        Assert.Equal("3 dong 2 danyuan 1202", room.OriginalText);
    }
}
