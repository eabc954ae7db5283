using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes the round-17 tuning added: danger at the festivals, in a flat being renovated and in a family's day told
/// without the usual alarm words; two lift faults; alarm words that name a cheer, an object, a feeling, another estate or
/// a price. None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundSeventeenCueTests
{
    [Theory]
    [InlineData("广场上那堆烟花翻了，火星子朝人群里乱窜")]
    [InlineData("小孩在楼下放鞭炮，崩伤了一个老太太的眼睛")]
    [InlineData("刷墙的工人从人字梯上摔下来了")]
    [InlineData("电工钻墙把煤气管道钻穿了，厨房里一股很冲的味道")]
    [InlineData("有个男的从隔壁阳台翻过来进了我家，我躲在厕所不敢出声")]
    [InlineData("快来人，我妈倒在卫生间地上了")]
    [InlineData("我奶奶有点糊涂，早上一个人跑出去了，到现在没找到")]
    [InlineData("我儿子不见了，刚才还在儿童游乐场")]
    [InlineData("屋顶的瓦片被风吹得一片片往下掉，下面有小朋友在玩")]
    public void Danger_told_without_the_usual_words_is_an_emergency(string text) =>
        Assert.Equal(CueKind.Emergency, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("5栋电梯刚才坐的时候突然下坠了一下，吓死人", "UrgentPublic")]
    [InlineData("2单元电梯坏了停在一楼，门也打不开，住高层的都下不去了", "UrgentPublic")]
    [InlineData("the power is out in my flat since 8pm", "UrgentRepair")]
    [InlineData("no electricity in 3-1202, rest of building fine", "UrgentRepair")]
    [InlineData("the neighbour's dog runs around the lobby with no leash again", "Neighbor")]
    [InlineData("厨房角阀坏了拧不紧，水一直往外流", "UrgentRepair")]
    [InlineData("楼上又往我家漏水了，滴到沙发上，现在还在滴", "UrgentRepair")]
    [InlineData("走廊的报警器凌晨两点一直响，整层都醒了", "UrgentPublic")]
    [InlineData("下水道倒灌，水已经漫到卧室了", "UrgentRepair")]
    [InlineData("单元门被撞坏了，碎玻璃撒了一地", "UrgentPublic")]
    [InlineData("有只泰迪在电梯里拉了一泡，主人看都不看就走了", "Neighbor")]
    public void Lifts_that_drop_or_strand_power_out_in_English_and_an_unleashed_dog_are_fast(string text, string kind) =>
        Assert.Equal(kind, SafetyCues.Find(text)?.Kind.ToString());

    [Theory]
    [InlineData("祝大家新年红红火火，万事如意")]
    [InlineData("我爸把钥匙锁在屋里了，我们俩都在门外")]
    [InlineData("我表姐住的别的小区前天着火了，好吓人")]
    [InlineData("饿得快冒烟了，今天食堂没饭")]
    [InlineData("我要爆炸了这作业怎么这么多")]
    [InlineData("桌子腿断了一根，能帮忙修吗")]
    [InlineData("新车怎么看是不是泡水车")]
    [InlineData("楼上装修完我家墙角多了几条裂缝")]
    [InlineData("隔壁装修剩下的垃圾让物业清运要多少钱")]
    public void A_cheer_an_object_a_feeling_another_estate_damage_or_a_price_raises_no_alarm(string text) =>
        Assert.Null(SafetyCues.Find(text));

    [Theory]
    [InlineData("北门道闸被车撞了，杆子断在路中间")]
    [InlineData("地下车库的消防栓被车撞歪了，水一直往外冒")]
    public void Equipment_hit_by_a_car_is_no_person_hurt(string text) =>
        Assert.NotEqual(CueKind.Emergency, SafetyCues.Find(text)?.Kind);

    [Theory]
    [InlineData("我妈一个人住，要是哪天晕倒了，你们有没有上门看护的服务？")]
    [InlineData("听朋友说外省有个商场的扶梯把人卷进去了，太可怕了")]
    [InlineData("刚才闻到的煤气味原来是楼下在烧烤，虚惊一场")]
    public void A_supposition_a_story_from_elsewhere_or_an_alarm_called_off_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("物业值班电话是多少啊，存一个")]
    [InlineData("你们晚上的值班电话是多少")]
    public void A_number_asked_for_is_an_inquiry_not_a_status_question(string text) =>
        Assert.Equal(IntentCode.InquiryGeneral, TrainedClassifier.Classify(text).Intent);

    [Fact]
    public void A_message_that_opens_by_lodging_a_complaint_is_a_complaint() =>
        Assert.StartsWith("complaint.", TrainedClassifier.Classify("我要投诉你们5栋门岗那个年轻保安，戴帽子的").Intent, StringComparison.Ordinal);

    [Fact]
    public void A_greeting_before_lodging_a_complaint_keeps_it_a_complaint() =>
        Assert.StartsWith("complaint.", TrainedClassifier.Classify("喂你好我想投诉一下就是昨天说好下午来修空调的师傅到现在也没来").Intent, StringComparison.Ordinal);

    [Fact]
    public void An_elder_who_does_not_answer_told_in_English_is_an_emergency() =>
        Assert.Equal(CueKind.Emergency, SafetyCues.Find("My mother hasn't been answering her phone all day, she's 79 and lives alone in 5-2-601")?.Kind);

    [Fact]
    public void A_letter_after_a_building_number_does_not_keep_pinyin_from_being_read() =>
        Assert.Equal(IntentCode.RepairUrgent, TrainedClassifier.Classify("tingdian le 6d 702").Intent);

    [Fact]
    public void Damage_from_a_neighbours_works_is_a_repair_not_a_complaint()
    {
        var prediction = TrainedClassifier.Classify("楼上装修把我家卫生间的墙砖震裂了几块");
        Assert.NotEqual(IntentCode.ComplaintNeighbor, prediction.Intent);
        Assert.False(IntentCode.IsTimeCritical(prediction.Intent));
    }
}
