using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the twenty-fourth fresh conversation set found, as classes, in sentences of our own: a flat named without
/// its unit where both units have that room asks which unit (in Chinese or as "tower 3, 12th floor, room 2") and the
/// unit said alone completes it; a phone number put right in the same message is the one kept; an English "great,
/// thank you" ends the conversation instead of becoming a note.
/// </summary>
public sealed class RoundTwentyNineChatTests
{
    [Fact]
    public async Task A_flat_without_its_unit_asks_which_unit_and_the_unit_alone_completes_it()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(4, unit: 2);
        await host.Flow()
            .Send("厨房的灯泡坏了，麻烦派人来换一下").IgnoreReplies()
            .Send($"{room.Building}栋{room.Room}").AssertReply("1单元和2单元都有")
            .Send("二单元的").IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .Send("明天上午10点").AssertReply("跟您确认")
            .Send("对").AssertReply("工单号")
            .StartTestAsync();
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE building = {room.Building} AND unit = 2 AND room = '{room.Room}'"));
    }

    [Fact]
    public async Task An_English_floor_and_door_number_is_a_flat_and_unit_n_completes_it()
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(5, unit: 2);
        var number = int.Parse(room.Room, System.Globalization.CultureInfo.InvariantCulture);
        await host.Flow()
            .Send("Hello, the ceiling light in my kitchen is dead, could someone replace the bulb?").IgnoreReplies()
            .Send($"block {room.Building}, {number / 100}th floor, door {number % 100}").AssertReply("请问是几单元")
            .Send($"Unit 2. The last four digits of my mobile: {lastFour}").AssertReply("已为您绑定")
            .Send("tomorrow 3pm please").IgnoreReplies()
            .Send("Great, thank you!").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'repair.simple' AND building = {room.Building} AND unit = 2 AND room = '{room.Room}'"));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets WHERE description LIKE '%Great%'"));
    }

    [Fact]
    public async Task A_phone_number_put_right_in_the_same_message_is_the_one_kept()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("我爸打电话说家里燃气味很重，他一个人在家，6栋1单元1501").IgnoreReplies()
            .Send("到了打我电话13700001111，哦不对，是13700001122").IgnoreReplies()
            .StartTestAsync();
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND contact = '13700001122'"));
    }
}
