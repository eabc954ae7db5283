namespace ConciergeBot.Tests.Dialogs.Handbook;

/// <summary>
/// Known misses of the handbook (issue 10), through the answerer the <c>ask</c> command and the chat's inquiry dialog
/// both call: property and lift fees asked together, for a room, a unit type or no premises at all; and how soon a
/// technician comes after a repair is reported, in Traditional for a Traditional question.
/// </summary>
public sealed class CombinedFeeAndRepairDeadlineTests(HandbookAnswererFixture fixture) : IClassFixture<HandbookAnswererFixture>
{
    [Fact]
    public void A_room_gets_the_sum_of_both_fees_with_the_working()
    {
        var answer = fixture.Answerer.Answer("3栋1202物业费连电梯费一共多少");

        Assert.True(answer.Known);
        ContainsAll(answer.Text, "2.80 元/㎡·月 × 128 ㎡ × 1 个月 = 358.40 元", "0.35 元/㎡·月 × 128 ㎡ × 1 个月 = 44.80 元", "合计 403.20 元", "依据《收费标准》");
    }

    [Theory]
    [InlineData("1栋的01户型一年物业加电梯费多少")]
    [InlineData("1号楼01户一年物业费和电梯费一共多少")]
    [InlineData("一栋的一户型一年物业加电梯费多少")]
    public void A_unit_type_is_the_area_of_that_position_in_that_building(string question)
    {
        var answer = fixture.Answerer.Answer(question);

        Assert.True(answer.Known);
        ContainsAll(answer.Text, "1栋 01 户型（高层，建筑面积 89㎡）", "2.80 元/㎡·月 × 89 ㎡ × 12 个月 = 2,990.40 元", "0.35 元/㎡·月 × 89 ㎡ × 12 个月 = 373.80 元", "合计 3,364.20 元");
    }

    [Fact]
    public void A_garden_unit_type_pays_no_lift_fee()
    {
        var answer = fixture.Answerer.Answer("8栋的02户型一年物业加电梯费多少");

        ContainsAll(answer.Text, "8栋 02 户型（洋房，建筑面积 165㎡）", "3.20 元/㎡·月 × 165 ㎡ × 12 个月 = 6,336 元", "洋房不收电梯运行费");
    }

    [Fact]
    public void Property_plus_lift_with_no_room_is_worked_out_for_every_high_rise_unit_type()
    {
        var answer = fixture.Answerer.Answer("物业加电梯费");

        Assert.True(answer.Known);
        ContainsAll(answer.Text, "01 户型（89㎡）280.35 元", "02 户型（128㎡）403.20 元", "04 户型（105㎡）330.75 元", "电梯运行费：0.35 元/㎡·月 × 105 ㎡ × 1 个月 = 36.75 元", "先按一个月算", "楼栋和房号");
    }

    [Fact]
    public void Property_plus_lift_for_a_year_with_no_room()
    {
        var answer = fixture.Answerer.Answer("物业加电梯费一年多少");

        ContainsAll(answer.Text, "01 户型（89㎡）3,364.20 元", "02 户型（128㎡）4,838.40 元");
        Assert.DoesNotContain("先按一个月算", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lift_fee_alone_with_no_room_still_quotes_the_handbook() =>
        Assert.Equal("fee.lift", fixture.Answerer.Answer("电梯费怎么收").SourceId);

    [Theory]
    [InlineData("报修多久能有师傅上门")]
    [InlineData("报修以后师傅多久能到")]
    [InlineData("报了修要等多久才有人上门")]
    public void Repair_deadlines_are_answered_from_the_service_standard(string question)
    {
        var answer = fixture.Answerer.Answer(question);

        Assert.True(answer.Known);
        Assert.Equal("sla.repair.deadlines", answer.SourceId);
        ContainsAll(answer.Text, "10分钟内到场", "半天（4小时）", "7个工作日", "依据《工作时限标准》");
    }

    [Fact]
    public void A_traditional_question_gets_the_deadlines_in_traditional()
    {
        var answer = fixture.Answerer.Answer("報修多久能有師傅上門");

        Assert.Equal("sla.repair.deadlines", answer.SourceId);
        ContainsAll(answer.Text, "10分鐘內到場", "半天（4小時）", "7個工作日", "依據《工作時限標準》");
    }

    private static void ContainsAll(string text, params string[] facts) =>
        Assert.All(facts, fact => Assert.Contains(fact, text, StringComparison.Ordinal));
}
