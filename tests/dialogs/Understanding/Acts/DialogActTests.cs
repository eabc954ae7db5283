using ConciergeBot.Dialogs.Understanding.Acts;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;
using Xunit.Abstractions;

namespace ConciergeBot.Tests.Dialogs.Understanding.Acts;

/// <summary>Everyday replies are read as dialog acts, never as requests.</summary>
public sealed class DialogActTests(ITestOutputHelper output)
{
    private static DialogActReading Read(string raw) => DialogActs.Read(DialectFolding.Fold(TextNormalizer.Shared.Normalize(raw).Text));



    [Theory]
    [InlineData("对", DialogAct.Affirm)]
    [InlineData("冇其他嘢喇，唔該", DialogAct.Done)]
    [InlineData("对的", DialogAct.Affirm)]
    [InlineData("对，就是这样", DialogAct.Affirm)]
    [InlineData("嗯嗯", DialogAct.Affirm)]
    [InlineData("是的没问题", DialogAct.Affirm)]
    [InlineData("不是", DialogAct.Deny)]
    [InlineData("算了", DialogAct.Cancel)]
    [InlineData("算了不用了", DialogAct.Cancel)]
    [InlineData("那取消吧", DialogAct.Cancel)]
    [InlineData("不需要了", DialogAct.Cancel)]
    [InlineData("我自己修好了", DialogAct.Cancel)]
    [InlineData("没有了", DialogAct.Done)]
    [InlineData("没事了", DialogAct.Done)]
    [InlineData("没有了谢谢", DialogAct.Done)]
    [InlineData("好的谢谢", DialogAct.Thanks)]
    [InlineData("谢谢", DialogAct.Thanks)]
    [InlineData("唔該晒", DialogAct.Thanks)]
    public void Everyday_replies_are_whole_message_acts(string text, DialogAct act)
    {
        var reading = Read(text);
        Assert.Equal(act, reading.Act);
        Assert.True(reading.IsWholeMessage);
    }

    [Theory]
    [InlineData("不对，是3栋不是5栋", "3栋")]
    [InlineData("3栋1单元1202，哦不对，是2单元", "是2单元")]
    [InlineData("改成后天上午十点", "后天上午十点")]
    [InlineData("是隔壁不是楼上", "隔壁")]
    public void Corrections_carry_the_new_value(string text, string remainder)
    {
        var reading = Read(text);
        Assert.Equal(DialogAct.Correction, reading.Act);
        Assert.Contains(remainder, reading.Remainder, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("下周二是不是要停水检修")]
    [InlineData("楼上周六在用电钻，不是说周末不能有噪音吗")]
    [InlineData("卫生间漏水了")]
    [InlineData("对面楼的灯一直闪")]
    public void Requests_are_not_acts(string text)
    {
        var reading = Read(text);
        Assert.False(reading.IsWholeMessage);
        Assert.NotEqual(DialogAct.Correction, reading.Act);
    }

    [Theory]
    [InlineData("there's no lift at all in our block")]
    [InlineData("the neighbour's big dog no leash in lift")]
    [InlineData("the lift is ok but the corridor light is broken")]
    [InlineData("yes the water is still coming through the ceiling")]
    public void A_word_inside_an_English_sentence_is_not_the_sentence_s_act(string text) =>
        Assert.Equal(DialogAct.None, Read(text).Act);

    [Theory]
    [InlineData("yes please", DialogAct.Affirm)]
    [InlineData("no thanks", DialogAct.Deny)]
    [InlineData("no, it's building 3", DialogAct.Deny)]
    [InlineData("yes that's right", DialogAct.Affirm)]
    [InlineData("that's all thanks", DialogAct.Done)]
    [InlineData("ok 谢谢", DialogAct.Thanks)]
    [InlineData("好的 谢谢", DialogAct.Thanks)]
    public void Short_English_and_spaced_replies_keep_their_act(string text, DialogAct act) =>
        Assert.Equal(act, Read(text).Act);

    [Theory]
    [InlineData("Sorry, my son reset the switch and it's working now, no need to send anyone")]
    [InlineData("never mind, we sorted it ourselves")]
    [InlineData("Please cancel my repair request")]
    [InlineData("Don't come, it's all fixed now")]
    public void English_ways_of_calling_a_request_off_cancel_it(string text) =>
        Assert.Equal(DialogAct.Cancel, Read(text).Act);

    [Theory]
    [InlineData("the light is on now but the switch sparks")]
    [InlineData("no need to hurry, whenever is fine")]
    public void English_sentences_that_call_nothing_off_do_not_cancel(string text) =>
        Assert.NotEqual(DialogAct.Cancel, Read(text).Act);

    [Theory]
    [InlineData("对就是这个意思你们查一下给我回个话")]
    [InlineData("是的就是楼道那盏灯一直不亮")]
    public void Voice_input_that_opens_with_a_yes_is_a_yes(string text) =>
        Assert.Equal(DialogAct.Affirm, Read(text).Act);

    [Theory]
    [InlineData("嗯……算了先不修了")]
    [InlineData("哎，那就先不弄了，过两天再说")]
    [InlineData("还是算了吧，我问问物业再说")]
    public void A_hesitation_before_calling_it_off_is_a_cancel_not_a_yes(string text) =>
        Assert.Equal(DialogAct.Cancel, Read(text).Act);

    [Theory]
    [InlineData("对面那家又在装修了吵死了")]
    [InlineData("是不是停电了")]
    public void A_message_that_only_starts_with_the_same_character_is_no_yes(string text) =>
        Assert.NotEqual(DialogAct.Affirm, Read(text).Act);

    [Theory]
    [InlineData("对了，停车费刚才说是多少来着？")]
    [InlineData("哦对了，我家空调也不制冷")]
    public void Oh_right_opens_a_new_point_and_agrees_to_nothing(string text) =>
        Assert.NotEqual(DialogAct.Affirm, Read(text).Act);

    [Theory]
    [InlineData("对")]
    [InlineData("对的")]
    [InlineData("是的")]
    [InlineData("嗯")]
    [InlineData("没有了")]
    [InlineData("算了")]
    public void Everyday_replies_are_never_classified_as_requests(string text)
    {
        var prediction = ConciergeBot.Tests.Dialogs.Understanding.Intents.TrainedClassifier.Classify(text);
        Assert.Equal(IntentCode.Smalltalk, prediction.Intent);
        Assert.NotEqual(DialogAct.None, prediction.Act.Act);
    }

    [Fact]
    public void The_writers_short_replies_are_read_as_their_act()
    {
        var lines = IntentCorpus.LoadWritten().Where(m => m.Act is not null).ToList();
        var right = 0;
        foreach (var line in lines)
        {
            var reading = Read(line.Text);
            if (string.Equals(reading.Name, line.Act, StringComparison.Ordinal))
            {
                right++;
            }
            else
            {
                output.WriteLine($"  {line.Act} -> {reading.Name ?? "none"}: {line.Text}");
            }
        }

        output.WriteLine($"{right}/{lines.Count} replies read as their act");
        Assert.True(right >= lines.Count * 0.85, $"{right}/{lines.Count}");
    }
}
