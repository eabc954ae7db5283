using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes rounds 60–62's first runs led to (storage rooms and basements; the management office's counter;
/// renovation next door; gondolas and scaffolds; mourning customs; the pool; roof gardens, music rooms and wheelchairs),
/// in sentences of our own, with the near
/// misses, past events and questions beside them. None of these sentences is an evaluation message.
/// </summary>
public sealed class RoundSixtyCueTests
{
    [Theory]
    [InlineData("我爸被关在地下储物间了，门从里面拧不开，打电话说里面好闷")]
    [InlineData("车库杂物间的门自己关上了，把我锁在里面了，没有信号，快来开门")]
    [InlineData("保洁阿姨被困在B1设备间，门打不开，她在里面拍门")]
    [InlineData("收银台旁边有个阿姨捂着心口蹲在地上，脸色惨白")]
    [InlineData("他捂着胸口靠在墙上，满头大汗，话都说不出来")]
    [InlineData("楼下挖路的把天然气管道挖断了，呲呲地往外冒")]
    [InlineData("对门装修把煤气管子钻穿了，整层都是味")]
    public void Shut_in_a_store_room_chest_pain_and_a_cut_gas_pipe_are_emergencies(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("上个月我被关在地下储物间过一次，门从里面打不开，后来保安来开的，这个锁能不能换")]
    [InlineData("储藏室的门从里面打不开，万一有人被关在里面怎么办")]
    [InlineData("装修的时候要是把燃气管割断了，谁来赔")]
    [InlineData("去年有个工人把燃气管钻穿了，后来燃气公司来修好了")]
    public void A_past_event_a_fear_or_a_question_raises_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("电视剧里男主捂着胸口倒下了，演得太假")]
    [InlineData("我家猫把我关在门外了哈哈")]
    public void A_show_or_a_joke_raises_no_cue(string text) =>
        Assert.Null(TrainedClassifier.Classify(text).Cue);

    [Theory]
    [InlineData("3栋外墙那个吊篮一边的绳松了，歪在半空，里面的师傅下不来")]
    [InlineData("外墙上挂着的那个蜘蛛人半天一动不动了")]
    [InlineData("两个小朋友爬到6栋的脚手架上去了，在二楼那么高")]
    [InlineData("楼下独居的李奶奶好几天没出门了，敲门也没人应，电话打过去屋里响没人接")]
    [InlineData("泳池深水区有个小孩沉下去了一直没上来")]
    [InlineData("几个男生把一个小孩按在水里不放，他在拼命挣扎")]
    public void Workers_in_the_air_a_child_on_the_scaffold_someone_unseen_for_days_or_under_water_are_emergencies(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("外墙的吊篮晚上就挂在半空，里面没人，风一吹就晃，能不能收下来")]
    [InlineData("李奶奶去女儿家住了，好几天没出门了，帮她看看快递")]
    [InlineData("吊篮里的工人每天下午五点就下来收工了，晚上挂着没人")]
    public void An_empty_gondola_a_known_absence_or_a_swimming_lesson_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("楼下那户每天晚上在楼道口烧纸，烟和纸灰全飘进我家窗户")]
    [InlineData("對面屋日日喺門口燒香，啲煙湧晒入嚟")]
    [InlineData("the neighbours burn joss paper in the corridor every night and the floor smells like smoke")]
    public void Offerings_burnt_by_a_neighbour_raise_no_emergency_cue(string text)
    {
        var reading = TrainedClassifier.Classify(text);
        Assert.True(reading.Cue is null || reading.Intent != IntentCode.Emergency, $"{reading.Intent} {reading.Cue}");
    }

    [Theory]
    [InlineData("楼道里有人烧纸，火烧到旁边的纸箱了，烟好大")]
    [InlineData("花坛边有人烧纸钱，火星子落到干草上，已经烧起来一小块了")]
    [InlineData("家里刚烧完香，突然闻到很重的燃气味")]
    public void Offerings_whose_fire_spreads_are_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("琴房那边瓦斯味好重喔，学生都还在里面")]
    [InlineData("我爸吃着饭突然说话说不清了，嘴角也歪了")]
    [InlineData("有个小孩爬到楼顶女儿墙上坐着，2栋")]
    [InlineData("挖土的把电缆挖断了，断头泡在积水里，旁边好多人走来走去")]
    [InlineData("宝宝误食了一颗纽扣电池，现在一直吐")]
    [InlineData("3栋门口那个坡，我爸的电动轮椅翻了，人压在下面")]
    public void A_gas_smell_in_a_music_room_a_stroke_a_parapet_a_cut_cable_a_swallowed_battery_or_a_wheelchair_down_are_emergencies(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("中风的早期症状有哪些，嘴歪算不算")]
    [InlineData("女儿墙一般要砌多高才合规")]
    [InlineData("花坛里那种红果子孩子吃了会不会有事，想提前问问")]
    [InlineData("电动轮椅上坡没劲，是不是电池不行了")]
    public void A_question_about_the_signs_a_rule_or_a_part_raises_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
