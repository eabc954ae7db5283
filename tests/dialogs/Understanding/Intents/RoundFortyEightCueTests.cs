using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes round 48's first run led to, in sentences of our own. None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundFortyEightCueTests
{
    [Theory]
    [InlineData("小区水景池里掉进去一根电线，边上有小朋友在捞鱼")]
    [InlineData("泳池旁边那个灯带的线泡在水里了，还有人在游")]
    [InlineData("楼下积水里泡着一根断了的电缆，大家都从那走")]
    public void A_live_wire_in_water_where_people_are_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("鱼缸加热棒的线泡在水里正常吗，网上买的")]
    [InlineData("电线掉到水里为什么会漏电，孩子问我的")]
    public void A_wire_in_water_asked_about_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("5栋旁边那个自行车棚顶上的灯不亮了")]
    [InlineData("6栋门口那个儿童滑梯有颗螺丝松了")]
    [InlineData("2栋后面那个充电桩有两个插口没电")]
    public void A_place_beside_a_building_is_no_neighbour(string text) =>
        Assert.NotEqual(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("3栋那户天天半夜在楼道里给电动车充电")]
    [InlineData("2栋那家的狗一晚上叫个不停")]
    public void A_household_of_a_building_is_still_a_neighbour(string text) =>
        Assert.Equal(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("这天晒得我都快自燃了")]
    [InlineData("前台那个小伙子态度很差，我就问了下停电的事他就不耐烦")]
    [InlineData("装空调的师傅装完就走了，阳台全是水和泥也不收拾")]
    [InlineData("楼下花园好多积水的盆盆罐罐，蚊子多得要命")]
    [InlineData("蒲公英晒干了能泡水喝吗")]
    [InlineData("养蜂的人怎么收野生蜂群")]
    public void Alarm_words_that_report_nothing_happening_raise_no_fast_class(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent), TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我家厨房全是水，水管还在往外喷")]
    [InlineData("地库入口积水很深，车都开不进去了")]
    [InlineData("6栋楼下草丛里有个蜂群，嗡嗡的，小孩都在旁边玩")]
    public void The_same_words_happening_now_stay_fast(string text) =>
        Assert.True(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent), TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("北门那根电线杆被车撞歪了，正往下倒，下面还有人在等车")]
    [InlineData("我在5栋电梯里，电梯不动了，按了那个铃也没人应，快来人")]
    [InlineData("I can smell gas really strongly on the 12th floor landing of building 2")]
    [InlineData("会所门口一个大叔心跳停了，有人在按压，你们那有没有除颤仪")]
    public void Danger_now_in_these_words_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("what should I do if I smell gas at night?")]
    [InlineData("smell gas in the kitchen?? never mind, it's the cooking lol")]
    [InlineData("那棵树要是倒下来会不会砸到人，能不能提前修剪一下")]
    [InlineData("心脏骤停的急救知识讲座什么时候开，我想报名")]
    public void The_same_words_supposed_are_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("the power just went out in my flat but the stairwell lights are fine")]
    [InlineData("my breaker keeps tripping every time I switch it back on, half the flat is dark")]
    public void A_power_cut_at_home_in_English_is_urgent(string text) =>
        Assert.Equal(IntentCode.RepairUrgent, TrainedClassifier.Classify(text).Intent);
}
