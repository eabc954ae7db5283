using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Round 96's misses, in sentences of our own. Smoke where people are — drifting up a stairwell, out of a neighbour's door,
/// in through a vent so thick the eyes sting, a corridor full of it with a hot wall, an alarm ringing with smoke smelt — is
/// a fire, not a cigarette; so are sparks arcing in a meter shaft, a stranger forcing the door, and someone living alone
/// who has not answered for days. A fire named as a past event (这次火灾, 火灾情况说明, 以后再有火警), a maths problem set in a
/// fire or a fall, a pet at the vet, dog mess and a supply cut for an unpaid balance are not emergencies.
/// </summary>
public sealed class RoundNinetySixCueTests
{
    [Theory]
    [InlineData("五楼楼道在飘烟")]
    [InlineData("隔壁门缝里一直往外飘烟，敲门没人应")]
    [InlineData("一股好浓的烟味从卫生间排气口灌进来，不知道哪里烧了")]
    [InlineData("走廊里看不见了，墙摸上去发烫")]
    [InlineData("fire alarm一直在响，走廊里有烟味，要不要下楼")]
    [InlineData("是不是哪里起火了？屋里好呛")]
    [InlineData("电表箱里滋滋地放电，一闪一闪的")]
    [InlineData("推销的人把脚抵在门缝里，不让我关门")]
    [InlineData("我爸独居，已经三天电话都打不通了，麻烦派人去他家看看")]
    public void Danger_now_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("上次火灾以后楼道里的灭火器换了没有")]
    [InlineData("这场火灾过去半个月了，物业到现在也没开过会")]
    [InlineData("物业能不能出一份火灾证明，我要找保险公司")]
    [InlineData("以后再有火警，老人走不动楼梯怎么办")]
    [InlineData("楼下天天有人抽烟，烟从门缝钻进来，呛得睁不开眼")]
    [InlineData("弱电井冒过烟的那层现在还是黑的")]
    [InlineData("一根绳子长12米，剪掉3米后再对折，每段多长，这道题怎么做")]
    [InlineData("火灾逃生的时候人走得多快，用数学模型怎么算")]
    [InlineData("我家狗吞了根骨头，附近有宠物医院吗")]
    [InlineData("我家猫从窗台摔下去了，腿好像断了")]
    [InlineData("电梯里又有狗屎，太恶心了")]
    [InlineData("电费欠费了家里没电，在哪里交")]
    public void Past_fires_problems_pets_and_bills_raise_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("电费预存的钱用完了晚上断电了，充了以后多久来电")]
    [InlineData("燃气欠费了，灶台打不着火，手机上怎么充")]
    public void A_supply_cut_for_a_balance_is_not_an_urgent_repair(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Fact]
    public void A_cut_with_money_left_on_the_meter_stays_a_fault() =>
        Assert.True(IntentCode.IsTimeCritical(TrainedClassifier.Classify("电表上还有余额，家里突然全部没电了，3栋2单元901").Intent));

    [Fact]
    public void A_leak_in_a_shared_plant_room_is_the_urgent_public_matter() =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify("会所旁边那个设备房，门底下哗哗地往外冒水").Intent);

    [Fact]
    public void A_baby_inside_a_home_the_nanny_is_shut_out_of_is_an_emergency() =>
        TrainedClassifier.AssertRaisedByACue("门被风吹上了，钥匙在里面，孩子还在屋里睡觉", IntentCode.Emergency);

    [Fact]
    public void A_read_back_asked_for_is_a_question_about_the_ticket() =>
        Assert.Equal(IntentCode.TicketStatus, TrainedClassifier.Classify("把刚才那个工单登记的内容给我念一遍").Intent);
}
