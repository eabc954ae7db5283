using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// The classes rounds 54 and 55's first runs led to (wildlife, insects and stray animals; gates, doors and barriers;
/// domestic helpers writing for their employers; cleaning and the cleaners; smoke and burning; jokes, riddles, dreams
/// and feng shui in the general domain), and what the rounds' retraining showed, in sentences of our own. None of these
/// sentences is an evaluation message.
/// </summary>
public sealed class RoundFiftyFourCueTests
{
    [Theory]
    [InlineData("我们这层有户人家天天把电动车推到楼道里充电，说了也不听")]
    [InlineData("同层有一户人家天天在消防栓前面堆纸箱")]
    public void A_household_on_the_floor_doing_a_nuisance_is_a_neighbour_complaint(string text) =>
        Assert.Equal(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("家里墙上发霉，奶奶咳得喘不上气")]
    public void Mould_with_someone_struggling_to_breathe_stays_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("好多马蜂飞进客厅，我女儿被蛰了一直哭，脸都肿了")]
    [InlineData("马蜂把我儿子蛰了，脸肿起来了")]
    [InlineData("野狗往放学的孩子那边冲过去了")]
    [InlineData("一只猴子钻进厨房，奶奶被它堵在里面出不来")]
    [InlineData("花园里刚刚有条好长的蛇，我外孙就在草坪上玩，离得很近")]
    [InlineData("大堂旋转门把一个小朋友的手夹住了")]
    [InlineData("地库卷帘门压住了一个人的腿")]
    [InlineData("my daughter was stung by wasps in the lobby and her face is swelling")]
    public void An_animal_or_a_powered_door_hurting_or_holding_someone_now_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("3栋门口的雨棚下面有个好大的马蜂窝，天天有人进出，还没人被蛰")]
    [InlineData("后山下来两头野猪，在篮球场边上翻垃圾桶")]
    [InlineData("马蜂在车棚顶上做了个窝")]
    [InlineData("小区闸机门翼合得太快，刚夹了一个老人一下")]
    [InlineData("凌晨五点草坪的驱鸟器一直砰砰响")]
    public void Wasps_wild_animals_or_doors_that_threaten_people_in_the_common_parts_are_urgent_public_matters(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("厨房水管被老鼠咬爆了")]
    public void A_pipe_an_animal_bit_through_is_an_urgent_repair(string text) =>
        Assert.Equal(IntentCode.RepairUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("被蜜蜂叮了一下，不严重，帮我叫个车去医院")]
    [InlineData("我家狗子今天又拆家了 沙发被咬了个洞")]
    [InlineData("割蜂蜜的时候被蜇了好几个包")]
    [InlineData("今年是蛇年吗")]
    [InlineData("旋转门差点夹住我的手")]
    public void The_same_words_with_nobody_in_danger_now_are_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("水管子爆了 下半句是啥 我记得有个歇后语")]
    [InlineData("上联：火烧眉毛 下联怎么对")]
    [InlineData("漏水的船 歇后语")]
    [InlineData("tell me a riddle about a house on fire")]
    [InlineData("用“着火”造句，孩子写的是家里着火了要打119")]
    [InlineData("看图写话：小猫被困在树上，消防员叔叔来救它")]
    public void Word_games_that_play_with_alarm_words_raise_nothing(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Theory]
    [InlineData("地库里保洁刚喷完消毒药水，我爸咳得厉害，嘴唇都发紫了")]
    [InlineData("阿姨擦玻璃的时候消毒液溅到眼睛里了，一直流泪睁不开")]
    [InlineData("电梯厅的沙发被烟头烫了在冒烟")]
    [InlineData("大堂顶上掉下来一块玻璃，还有一块挂着在晃，下面一直有人走")]
    [InlineData("3楼楼道着活了！！快来")]
    [InlineData("楼上在冒烟，一股一股的黑烟，不像是做饭")]
    [InlineData("工人从吊篮上摔到3楼平台了，一动不动")]
    [InlineData("楼梯间的门把手是烫的，门缝里有烟")]
    [InlineData("小区后门有头野猪，它往小孩那边冲过去了")]
    public void This_rounds_danger_now_is_an_emergency(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("电梯厅刚拖过地，湿漉漉的，老人进出要摔跤的")]
    public void A_floor_left_soaking_where_old_people_walk_is_urgent(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("我正干着活了，等下再说")]
    [InlineData("外面太冷了，脸都冻紫了")]
    [InlineData("有人在沙发上抽烟，烟味好大")]
    [InlineData("风水上厨房漏水代表破财吗")]
    [InlineData("梦见自己被困在电梯里喊救命，这个梦是什么意思")]
    [InlineData("蛇进屋是好是坏")]
    public void The_same_words_as_omens_dreams_or_chat_raise_nothing(string text) =>
        Assert.False(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Theory]
    [InlineData("Hello, the laminate floor in my bedroom is lifting and there's a bump now")]
    public void A_fault_of_ones_home_in_English_is_a_repair(string text) =>
        Assert.StartsWith("repair.", TrainedClassifier.Classify(text).Intent, StringComparison.Ordinal);

    [Theory]
    [InlineData("S105奶茶店后面的液化气罐漏气了，整条街都是味")]
    [InlineData("我妈有老年痴呆，刚才一转眼人就不见了，到处找不到")]
    [InlineData("有个老大爷在小区门口的马路中间走来走去，车很多")]
    [InlineData("宝宝的手被门夹住了，一直哭")]
    [InlineData("our daughter is missing near the pool, she is 4")]
    [InlineData("有个人在5栋天台边上摇摇晃晃的")]
    public void Round_56s_people_in_danger_now_are_emergencies(string text) =>
        Assert.Equal(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("孩子刚才在游乐场不见了，现在找到了，谢谢")]
    [InlineData("我妈老年痴呆，想问下小区有没有防走失手环")]
    public void A_child_found_or_a_question_about_dementia_is_no_emergency(string text) =>
        Assert.NotEqual(IntentCode.Emergency, TrainedClassifier.Classify(text).Intent);
}
