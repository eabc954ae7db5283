using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-24 tuning added. None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundTwentyFourCueTests
{
    [Theory]
    [InlineData("排位打到一半，对面四个人来了快救我")]
    [InlineData("我的角色被困在地牢里出不去了")]
    [InlineData("主播家里跳闸了，直播间一下黑了")]
    [InlineData("这集女主被困在着火的仓库里，看得我好紧张")]
    [InlineData("故事开头就是一场大爆炸")]
    public void Danger_in_a_game_a_stream_or_a_scene_is_not_about_the_estate(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent), text);

    [Theory]
    [InlineData("我在家打排位，突然停电了，3栋2单元1101")]
    [InlineData("我家厨房着火了，刚才在看剧没注意")]
    public void A_game_or_a_show_beside_the_writers_own_home_still_reports_it(string text) =>
        Assert.True(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent), text);

    [Theory]
    [InlineData("楼梯间里烟很大，眼睛都睁不开了")]
    [InlineData("走廊烟味重得看不清门牌")]
    public void Smoke_too_thick_to_see_through_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我家租客说卧室墙里有股焦糊味，越来越重，我人在国外")]
    [InlineData("做民宿的那套房子，客人说厨房的燃气味很重")]
    public void Danger_told_by_a_landlord_abroad_or_in_a_let_flat_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("物业贴了通知说下周二停电，要停一整天吗")]
    [InlineData("听讲听日停水，几点开始？")]
    [InlineData("有人说欠费物业会停水，是不是真的")]
    public void A_cut_announced_or_heard_of_for_later_is_a_question(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent), text);

    [Theory]
    [InlineData("大清早就开始电钻，还让不让人睡了")]
    [InlineData("中午午休就在砸墙，太过分了")]
    public void Works_started_in_the_hours_of_rest_are_a_neighbour_complaint(string text) =>
        Assert.Equal(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_fight_with_someone_bleeding_and_still_going_on_is_an_emergency() =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify("楼下两个人打架，有一个满脸是血，还在打").Intent);

    [Theory]
    [InlineData("Hi, a question on the fees: my flat is 2-1-1503, I let it to a tenant and live abroad.", IntentCode.InquiryFee)]
    [InlineData("我家5栋1单元902，105平，这个月物业费单子上是340多，我按2.8乘105算才294，是不是算错了", IntentCode.InquiryFee)]
    public void A_message_about_a_fee_that_the_model_alone_reads_as_urgent_asks_about_the_fee(string text, string expected) =>
        Assert.Equal(expected, TrainedClassifier.Classify(text).Intent);
}
