using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-23 tuning added (and the baseline readings the decontamination had taken away). None of these
/// sentences is an evaluation message.
/// </summary>
public sealed class RoundTwentyThreeCueTests
{
    [Theory]
    [InlineData("The tap in my kitchen came off and now it won't turn properly, could someone replace it?")]
    [InlineData("阳台门的把手掉了，门关不严")]
    public void A_small_part_of_the_standard_named_is_a_simple_repair(string text) =>
        Assert.Equal(IntentCode.RepairSimple, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_named_member_of_staff_who_never_came_told_with_sarcasm_is_a_staff_complaint() =>
        Assert.Equal(IntentCode.ComplaintStaff, TrainedClassifier.Classify("你们效率真高啊，李师傅说好昨天下午来修门锁，我等了一下午人没来，电话也不接").Intent);

    [Theory]
    [InlineData("我婆婆在卫生间，喊不答应了")]
    [InlineData("我爷爷躺在沙发上，叫他也不应了")]
    public void Someone_who_does_not_answer_when_called_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("他家的狗从来不咬人，就是老在电梯里撒尿")]
    [InlineData("我叫他帮我搬一下他不答应")]
    public void A_dog_that_never_bites_or_a_refusal_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_late_fee_worked_out_wrongly_is_a_billing_complaint() =>
        Assert.Equal(IntentCode.ComplaintOther, TrainedClassifier.Classify("出差两个月忘了交物业费，滞纳金肯定算错了，怎么收这么多").Intent);

    [Fact]
    public void A_price_asked_in_English_is_a_fee_question() =>
        Assert.Equal(IntentCode.InquiryFee, TrainedClassifier.Classify("My brother is visiting with his car. If he parks in the visitor spaces for two nights, what's the maximum it costs per day?").Intent);

    [Theory]
    [InlineData("搬家公司的面包车倒车把快递员撞倒了，他躺地上起不来")]
    [InlineData("车库卷帘门掉下来压住一个保洁阿姨")]
    [InlineData("楼下那只大狗把送外卖的骑手咬了，手上一直在流血")]
    [InlineData("地库里一辆车停着没熄火，司机趴在方向盘上一动不动")]
    [InlineData("12楼的瓷砖被风刮掉了往楼下砸，下面是幼儿园门口")]
    public void Someone_run_down_pinned_bitten_slumped_or_under_falling_tiles_is_an_emergency(string text)
    {
        var reading = TrainedClassifier.Classify(text);
        Assert.Equal(IntentCode.Emergency, reading.Intent);
        Assert.NotNull(reading.Cue);
    }

    [Theory]
    [InlineData("小孩躺地上打滚不肯回家，哈哈")]
    [InlineData("我家狗把沙发咬破了")]
    public void A_tantrum_or_a_chewed_sofa_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("电梯口不知道谁把油洒了，地上滑得很，还没人来拖")]
    [InlineData("5栋单元门的玻璃门碎了一地，小孩子进进出出的")]
    [InlineData("小广场那根路灯杆歪了，根部都裂开了")]
    public void A_spill_broken_glass_or_a_cracked_lamp_post_where_people_pass_is_urgent(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("昨晚那场联赛，我们的后防线着火了一样，连丢三球")]
    [InlineData("新闻说有个小区燃气爆炸了，伤了好几个人")]
    [InlineData("音乐节现场太热有人晕倒了")]
    [InlineData("去水库钓鱼的路上封路了，前面塌方")]
    public void Sport_news_and_trips_in_alarm_words_are_no_urgent_request(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Theory]
    [InlineData("18楼走廊的护栏晃得很厉害，小孩子老在那靠着")]
    [InlineData("屋顶花园的栏杆松动了，一靠就往外晃")]
    public void A_shared_railing_that_gives_when_leaned_on_is_urgent(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("上个月楼梯护栏晃得厉害，后来师傅加固好了")]
    [InlineData("高速上一辆货车撞断了护栏，堵了两个小时")]
    public void A_railing_mended_last_month_or_on_a_motorway_is_not_urgent_here(string text) =>
        Assert.NotEqual(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);
}
