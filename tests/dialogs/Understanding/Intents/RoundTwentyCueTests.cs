using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-20 tuning added (weather, the shops at night, angry owners, what retired people ask a chat app).
/// None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundTwentyCueTests
{
    [Theory]
    [InlineData("哈哈你们物业等着上热搜吧，3栋电梯里困着两个老人半小时了")]
    [InlineData("好得很，我家又没电了，一早起来就这样")]
    [InlineData("今天又没有电了！！！")]
    [InlineData("我家从昨晚开始就没电，冰箱都化了")]
    [InlineData("服了，又停水了，也不提前通知，我刚打上沐浴露")]
    [InlineData("风把阳台窗吹坏了，雨水直接往卧室里灌")]
    [InlineData("楼上渗下来的水滴到我床上，现在还在滴")]
    public void Danger_or_a_cut_said_in_anger_or_sarcasm_still_counts(string text) =>
        Assert.True(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent), text);

    [Theory]
    [InlineData("楼下那家面馆在冒黑烟，我家里都是烟味")]
    [InlineData("哈哈你们物业等着上热搜吧，3栋电梯里困着两个老人半小时了")]
    [InlineData("行啊，你们就等着上新闻吧：4栋电梯里关着两个小孩，十几分钟了")]
    public void Smoke_seen_or_people_shut_in_a_lift_are_an_emergency_whatever_the_tone(string text)
    {
        // Backed by a cue: it opens at once, without the one-tap "do you need someone now?".
        var reading = TrainedClassifier.Classify(text);
        Assert.Equal(IntentCode.Emergency, reading.Intent);
        Assert.NotNull(reading.Cue);
    }

    [Theory]
    [InlineData("有棵大树断了横在4栋门口的路上")]
    [InlineData("树枝倒在我车顶上，还压着")]
    public void A_tree_down_across_a_way_or_on_a_car_is_an_urgent_public_matter(string text) =>
        Assert.Equal(CueKind.UrgentPublic, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("楼下那个酒吧半夜两点还在放音乐唱歌")]
    [InlineData("凌晨了，底商那家烧烤店还在划拳吵个不停")]
    [InlineData("楼下餐馆的排风机对着我窗户，夜里十二点还在轰")]
    public void A_shops_racket_in_the_quiet_hours_is_a_nuisance_like_a_neighbours(string text) =>
        Assert.Equal(CueKind.Neighbor, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("楼道里堆满了纸箱，非要等烧起来才来清吗")]
    [InlineData("你们是想等着有人摔伤了再修吗，台阶坏了半年了")]
    [InlineData("小区垃圾没人收，快把人气出心脏病了")]
    [InlineData("我表姐小区电梯上周坠落摔伤了人，我们这电梯多久保养一次")]
    public void Anger_at_what_might_happen_and_news_from_another_estate_are_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我一个人在家好无聊啊")]
    [InlineData("老伴去跳广场舞了就我一个人在家")]
    [InlineData("孙女在幼儿园被别的小朋友欺负了")]
    [InlineData("天然气泄漏闻起来是什么味道")]
    [InlineData("一氧化碳中毒的症状有哪些")]
    [InlineData("坐电梯突然下坠的时候怎么自救")]
    [InlineData("地震的时候应该往外跑还是躲在桌子底下")]
    [InlineData("厨房水槽油污堵了用什么疏通")]
    [InlineData("水淹七军讲的是哪段历史")]
    public void Chat_and_general_knowledge_with_nothing_happening_now_is_no_fast_request(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent), text);

    [Theory]
    [InlineData("换个门锁锁芯大概收多少")]
    [InlineData("你们上门换个灯管要钱吗")]
    public void The_price_of_a_service_with_no_fault_reported_is_a_fee_question(string text) =>
        Assert.Equal(IntentCode.InquiryFee, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("卧室灯管烧了，麻烦师傅上门换一下，多少钱")]
    [InlineData("洗手池龙头拧不紧了，换一个要多少钱")]
    public void A_fault_reported_with_its_price_asked_stays_a_repair(string text) =>
        Assert.StartsWith("repair.", TrainedClassifier.Classify(text).Intent, StringComparison.Ordinal);

    [Theory]
    [InlineData("the second lift is being serviced so right now there is no lift at all, we live on 30")]
    [InlineData("both elevators in block 4 are out of order and my dad uses a wheelchair")]
    public void English_lift_cues_still_match_after_lift_is_folded_to_its_Chinese_word(string text) =>
        Assert.Equal(CueKind.UrgentPublic, SafetyCues.Find(DialectFolding.Fold(text))?.Kind);
}
