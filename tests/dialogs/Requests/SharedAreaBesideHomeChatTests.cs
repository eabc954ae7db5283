using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// A flat that says who is writing beside the shared area where it happens ("我是…的保姆，阿姨在大堂摔倒了"): the ticket
/// is at the shared area, in the flat's building; a home where it happens keeps the home. Our own sentences, through
/// the chat with the real classifier (clock: Sunday 2026-11-22 10:00).
/// </summary>
public sealed class SharedAreaBesideHomeChatTests
{
    [Theory]
    [InlineData("我是3栋1单元1202业主家的保姆，阿姨在大堂摔倒了起不来", "3栋大堂", 3)]
    [InlineData("我住3栋1单元1202，我爸在楼道里晕倒了叫不醒", "3栋楼道", 3)]
    [InlineData("5栋2单元801的，我妈在地下车库摔了一跤站不起来了", "地下车库", null)]
    public async Task The_shared_area_is_the_place_and_the_flat_only_says_who_writes(string message, string place, int? building)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow().Send(message).AssertReply("工单号").StartTestAsync();

        var buildingClause = building is { } b ? $"building = {b}" : "building IS NULL";
        Assert.Equal(1, host.Count(
            $"SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND location = '{place}' AND room IS NULL AND {buildingClause}"));
    }

    [Theory]
    [InlineData("3栋1单元1202家里厨房着火了，我现在在楼道")]
    [InlineData("我家3栋1单元1202屋里全是煤气味，老人已经在楼道里坐着了")]
    public async Task A_home_where_it_happens_stays_the_place(string message)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow().Send(message).AssertReply("工单号").StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'emergency' AND building = 3 AND unit = 1 AND room = '1202' AND location IS NULL"));
    }
}
