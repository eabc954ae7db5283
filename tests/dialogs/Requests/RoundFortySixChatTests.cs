using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Tests.Dialogs.Understanding.Intents;
using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the forty-sixth conversation set and round 53's retraining showed, as classes, in sentences of our own: an area
/// that is the size of the flat just named is asked of that flat (its kind, so no lift fee for a garden flat), and so is
/// the next period asked; a technician who promised and never came nor answered the phone is a staff complaint; mould or
/// damp with nothing running is a repair at the standard's pace; a caller going door to door is for security; "按开关没反应"
/// only says how the appliance was found dead; a landlord who "rents it out" asks about the move, not a fee.
/// </summary>
public sealed class RoundFortySixChatTests
{
    [Fact]
    public async Task An_area_that_is_the_named_flats_size_is_asked_of_that_flat_and_so_is_the_next_period()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我爸妈住9栋2单元502，洋房，物业费多少钱").AssertReply("528")
            .Send("房子是165平米的，物业费是按什么标准算的").AssertReply("3.20")
            .Send("那半年要交多少").AssertReply("3,168")
            .StartTestAsync();

        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));
    }

    [Fact]
    public async Task An_area_of_another_size_is_still_read_on_its_own()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我爸妈住9栋2单元502，洋房，物业费多少钱").AssertReply("528")
            .Send("那100平米的高层物业费一个月多少").AssertReply("280")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("李工说今天上午来修热水器，我从早等到晚，打他手机也不接，这就是你们的服务？")]
    [InlineData("上礼拜约了小张师傅周日来看空调，人影都没见到，电话也不接")]
    public void A_technician_who_promised_and_never_came_nor_answered_is_a_staff_complaint(string text) =>
        Assert.Equal(IntentCode.ComplaintStaff, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("3栋地下车库电梯厅墙上全是霉斑，一股霉味", IntentCode.PublicGeneral)]
    [InlineData("主卧墙角发霉了，一大片黑的", IntentCode.RepairGeneral)]
    public void Mould_or_damp_with_nothing_running_waits_the_standard_time(string text, string expected) =>
        Assert.Equal(expected, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("卫生间吊顶长霉了，还在往下滴水")]
    public void Mould_with_water_still_coming_through_stays_urgent(string text) =>
        Assert.True(IntentCode.IsTimeCritical(TrainedClassifier.Classify(text).Intent));

    [Theory]
    [InlineData("有个人在楼道里挨家挨户敲门说是查水表的，能不能派保安来看看")]
    public void A_caller_going_door_to_door_is_for_security_now(string text) =>
        Assert.Equal(IntentCode.PublicUrgent, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("隔壁天天半夜敲门找人，吵得睡不着")]
    public void A_neighbour_knocking_at_night_stays_a_neighbour_complaint(string text) =>
        Assert.Equal(IntentCode.ComplaintNeighbor, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("洗碗机不工作了，按开关没有反应")]
    public void Pressing_the_switch_of_a_dead_appliance_is_a_general_repair(string text) =>
        Assert.Equal(IntentCode.RepairGeneral, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("排气扇的开关坏了，按不下去")]
    public void A_broken_switch_itself_stays_a_simple_repair(string text) =>
        Assert.Equal(IntentCode.RepairSimple, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("I own 2-1-1501 and rent it out; my tenant is moving out next Sunday, what paperwork does she need for the guards?")]
    public void A_landlord_who_rents_it_out_asks_about_the_move(string text) =>
        Assert.Equal(IntentCode.InquiryGeneral, TrainedClassifier.Classify(text).Intent);

    [Theory]
    [InlineData("how much is the rent for a parking space")]
    public void Rent_the_money_stays_a_fee_question(string text) =>
        Assert.Equal(IntentCode.InquiryFee, TrainedClassifier.Classify(text).Intent);
}
