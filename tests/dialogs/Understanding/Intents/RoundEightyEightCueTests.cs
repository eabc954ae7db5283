using ConciergeBot.Dialogs.Understanding.Intents;

namespace ConciergeBot.Tests.Dialogs.Understanding.Intents;

/// <summary>
/// Rounds 87 and 88's misses and the eighty-first conversation set's, in sentences of our own: a kitchen machine or a
/// lift motor smelling burnt or giving off a little smoke ("冒了点烟") is an emergency — with nobody in the lift too —
/// unless the food is what burnt; so are hot oil or boiling water splashed into someone's face, a heat detector alarming
/// at a high temperature, the gas left on by an owner who is out, water reaching a plug, and "煤气" dictated as "没起";
/// cigarette smoke named and at once taken back ("有人抽烟 不是 是冒烟了") is smoke; in English, a smoke-alarm alert with a
/// hazy room on the camera, and an old parent not answering after a thud.
/// </summary>
public sealed class RoundEightyEightCueTests
{
    [Theory]
    [InlineData("厨房的吸油烟机一开就有焦糊味，还冒了一点白烟")]
    [InlineData("我家电磁炉刚才冒了点烟，一股烧塑料的味")]
    [InlineData("5栋那部电梯停在半路，轿厢里一股烧焦的味道，里面没人")]
    [InlineData("插排冒了一股黑烟，我把它拔了但还是很烫")]
    [InlineData("我婆婆煎鱼的时候热油溅到眼睛里了，现在睁不开，一直喊疼")]
    [InlineData("客厅的温感在响，显示已经68℃了")]
    [InlineData("出门的时候灶上炖着排骨，燃气没关，我人在公司，家里没人")]
    [InlineData("楼上漏下来的水流到冰箱插头那里了")]
    [InlineData("我们楼道那个没起管子在漏，味道很大")]
    [InlineData("楼梯间有人抽烟 不对 是配电箱在冒烟")]
    public void A_burning_machine_a_scald_or_gas_left_on_raise_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("My smoke detector app sent an alert and the camera shows the living room all smoky, nobody is home")]
    [InlineData("My grandma isn't opening her door and the neighbour heard a loud bang inside")]
    public void Danger_seen_from_afar_in_English_raises_an_emergency(string text) =>
        TrainedClassifier.AssertRaisedByACue(text, IntentCode.Emergency);

    [Theory]
    [InlineData("今天炒菜炒糊了，油烟机开到最大还是一股焦味")]
    [InlineData("烤箱里烤的红薯烤焦了，满屋子糊味")]
    [InlineData("油烟机的油网好久没洗了，一股油烟味")]
    [InlineData("温感报警器一般多少钱")]
    [InlineData("出门忘关灯了，能帮我关一下走廊灯吗")]
    [InlineData("My smoke alarm keeps chirping, I think the battery is low")]
    [InlineData("My dad didn't answer the phone this morning, turns out he was just asleep")]
    public void Burnt_food_a_price_or_a_chirping_battery_raise_no_emergency_cue(string text)
    {
        var prediction = TrainedClassifier.Classify(text);
        Assert.False(prediction.Intent == IntentCode.Emergency && prediction.Cue is not null, $"raised by the cue '{prediction.Cue}'");
    }
}
