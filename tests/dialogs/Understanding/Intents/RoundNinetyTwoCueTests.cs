using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 92's misses and false alarms, in sentences of our own: a cry for help with only a place after it, a chlorine
/// smell that makes people cough and run, someone who fell and does not get up, someone gone down who neither comes back
/// up nor answers, a worker at height with no rope who slips, children at a building site's pit, a load dropped by a
/// crane — emergencies; the same
/// words with the danger past or denied, and questions about how lifts or fire alarms work, are not. Lost property found
/// is a question for the service centre; an air conditioner dripping into a bucket is an ordinary repair, no menu; an
/// urgent leak in a shared place with nothing of a home named is a public one.
/// </summary>
public sealed class RoundNinetyTwoCueTests
{
    [Theory]
    [InlineData("救命 电梯里")]
    [InlineData("救命啊！！车库")]
    [InlineData("会所游泳池那边氯气味太重了，呛得小孩一直咳，大家都跑出来了")]
    [InlineData("我爸在楼下花园摔倒了，躺那儿半天没起来")]
    [InlineData("两个师傅下去地下室抽水，到现在还没上来，打电话也没人接")]
    [InlineData("外面擦玻璃的工人没系安全带，刚才脚下一滑，现在一只手抓着窗框")]
    [InlineData("几个小朋友钻过围挡跑到工地的深坑边上玩")]
    [InlineData("隔壁工地的吊车刚才甩下来一捆钢筋，就落在我们小区的步道上")]
    public void Danger_now_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("救命啊，这泳池的票也太贵了吧")]
    [InlineData("泳池的消毒水味有点重，能不能少放点")]
    [InlineData("我妈刚才在门口滑倒了，还好没事，自己起来了")]
    [InlineData("师傅下去看了一眼就上来了，说是阀门坏了")]
    [InlineData("工地那个坑挖得好深，旁边连个围挡都没有")]
    [InlineData("去年工地的塔吊掉过一根钢管，现在还让它从我们头顶转吗")]
    [InlineData("上周塔吊掉下来的砖把我车窗砸了，物业能把监控调给我吗，我要找工地索赔")]
    public void The_same_words_with_no_danger_now_raise_no_emergency_cue(string text)
    {
        var prediction = TrainedClassifier.Classify(text);
        Assert.False(prediction.Intent == IntentCode.Emergency && prediction.Cue is not null, $"raised by the cue '{prediction.Cue}'");
    }

    [Theory]
    [InlineData("有机房电梯和无机房电梯有什么区别")]
    [InlineData("电梯的限速器作用是什么")]
    [InlineData("电梯为什么不会掉到底")]
    [InlineData("烟感报警器由哪些部分组成")]
    [InlineData("客梯和货梯的区别")]
    [InlineData("电梯抱闸的作用")]
    [InlineData("火灾里多数是烧伤还是烟熏致死")]
    public void How_things_work_opens_nothing_fast(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Theory]
    [InlineData("我在5栋电梯厅捡到一个钱包，里面有身份证，交给谁啊")]
    [InlineData("Hi, I found a set of keys by the north gate, who should I give them to?")]
    public void Lost_property_found_is_a_question(string text) =>
        Assert.Equal(IntentCode.InquiryGeneral, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("会所游泳池旁边的机房，门底下一直在往外冒水", IntentCode.PublicUrgent)]
    [InlineData("我家卫生间的水管在往外冒水", IntentCode.RepairUrgent)]
    public void An_urgent_leak_in_a_shared_place_is_public_and_at_home_is_the_flats(string text, string expected) =>
        TrainedClassifier.AssertRaisedByACue(text, expected);

    [Fact]
    public void An_air_conditioner_dripping_into_a_bucket_is_an_ordinary_repair_with_no_menu()
    {
        var prediction = TrainedClassifier.Classify("The air conditioner in my bedroom is leaking water from the indoor unit, I put a bucket under it");
        Assert.Equal(IntentCode.RepairGeneral, prediction.Intent);
        Assert.False(prediction.NeedsClarification);
    }
}
