using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 84's missed emergencies, in sentences of our own: violence by a neighbour happening now — a child or a wife still
/// being beaten, broken glass or a bottle waved at people, a slap just taken from someone still blocking the door, fuel
/// poured out with a lighter in hand, bottles thrown at people below — and what only sounds like it. And the seventy-seventh
/// conversation set's: water out of a meter box, or it sizzling and smelling burnt; the notice before a cut asked about;
/// which of two to call "if it happens again"; a ceiling full of water in a room of the home is the home's.
/// </summary>
public sealed class RoundEightyFourCueTests
{
    [Theory]
    [InlineData("对门那个男的又在打他老婆，女的一直在喊，你们快派人上来")]
    [InlineData("楼上还在打小孩，打了快半个小时了，孩子嗓子都哭哑了")]
    [InlineData("隔壁的拿着一块碎玻璃在楼道里乱挥，说谁出来就划谁")]
    [InlineData("有个喝醉的拿着酒瓶在大堂里比划，老人孩子都不敢进")]
    [InlineData("我刚在电梯口被楼下那个男的扇了一耳光，他现在还堵在电梯口不让我走")]
    [InlineData("3楼那个人在自己门口泼了好多汽油，手里拿着打火机，说要跟大家同归于尽")]
    [InlineData("那个人扬言要放火，现在就在楼道里转悠")]
    [InlineData("楼上又在对着下面扔啤酒瓶，刚才差点砸到一个小孩")]
    [InlineData("5楼那家又往楼下扔东西了，一个花盆摔碎在门口，楼下还有好几个人在乘凉")]
    public void Violence_by_a_neighbour_happening_now_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("我一直在打他电话，一直没人接")]
    [InlineData("儿子又在打游戏，声音开得老大")]
    [InlineData("昨天晚上楼上还在打孩子，今天总算安静了")]
    [InlineData("电视剧里那个男的拿着酒瓶到处比划，看得我好紧张")]
    [InlineData("汽油又涨价了，加满一箱要三百多")]
    [InlineData("楼上老是往楼下扔烟头，烦死了")]
    [InlineData("楼上孩子往下扔了个纸飞机，掉在我家雨棚上，没砸到人")]
    [InlineData("那个人老说要放火烧了他家，这种情况能找谁管管")]
    public void What_only_sounds_like_violence_now_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("楼道里那个电表箱在往外淌水，一直滴到地上")]
    [InlineData("我们这层的配电箱一直在往外冒水，地上一摊")]
    [InlineData("走廊电表箱门缝里在滴水，刚才还有嗞嗞的声音，现在闻着有点焦味")]
    public void Water_out_of_a_meter_box_or_it_sizzling_and_smelling_burnt_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("电表箱的门坏了关不上")]
    [InlineData("电表箱上面有点水渍，已经干了")]
    public void A_meter_box_with_nothing_live_about_it_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("你们停水之前会不会提前通知一声")]
    [InlineData("停电前能不能在群里发个通知啊，上次完全不知道")]
    [InlineData("那你们停电之前会不会提前通知的我上回还以为是我家跳闸了")]
    [InlineData("哦那停水之前会提前告诉我们吗我上次还以为是家里水管爆了")]
    public void The_notice_before_a_cut_asked_about_is_no_cut_now(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Fact]
    public void A_cut_now_with_a_question_of_who_fixes_it_is_still_urgent() =>
        TrainedClassifier.AssertRaisedByACue("现在停水了，是你们修还是自来水公司修", IntentCode.RepairUrgent);

    [Theory]
    [InlineData("上周停了半天电后来就来了，现在都正常了，以后要是再停电是找你们还是找供电局啊")]
    [InlineData("前几天没水的事已经好了，我就想问下以后要是再碰到是打你们电话还是打自来水公司")]
    [InlineData("昨天电梯停了一下午现在都正常了我就想问问以后要是再停是打你们电话还是打电梯公司啊")]
    [InlineData("上礼拜我们楼停了一上午的水后来就来了现在都正常的想问下以后要是再突然没水是找你们还是找水务公司啊")]
    public void Which_of_two_to_call_if_it_happens_again_is_a_plain_question(string text)
    {
        var reading = TrainedClassifier.Classify(text);
        Assert.False(IntentCode.IsTimeCritical(reading.Intent));
        Assert.False(reading.NeedsClarification);
    }

    [Theory]
    [InlineData("主卧天花板鼓了个包，里面全是水，正在往床上滴")]
    [InlineData("客厅吊顶鼓起来一大块，里面全是水，已经开始往下滴了")]
    [InlineData("早上起来看到卧室天花板鼓了个大包就在床上面，摸着软软的里面全是水，边上开始滴了")]
    [InlineData("儿童房顶上鼓了一个大水包，全是水，孩子的床已经挪开了")]
    public void A_ceiling_full_of_water_in_a_room_of_the_home_is_an_urgent_repair_at_home(string text) =>
        Assert.Equal(IntentCode.RepairUrgent, TrainedClassifier.Classify(text).Intent);
}
