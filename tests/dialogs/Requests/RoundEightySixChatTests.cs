using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// What the seventy-ninth conversation set left failing, as classes, in sentences of our own: a flat given in two pieces
/// ("9栋", then "2单元201").
/// </summary>
public sealed class RoundEightySixChatTests
{
    [Theory]
    [InlineData(8, "{b}栋", "{u}单元{r}")]
    [InlineData(3, "我住{b}号楼的", "{u}單元{r}")]
    [InlineData(8, "{b}栋{u}单元", "{r}")]
    [InlineData(3, "{b}栋{u}单元", "{r}")]
    public async Task A_flat_given_in_two_pieces_is_put_together(int building, string first, string second)
    {
        await using var host = await BotTestHost.StartAsync();
        var (room, lastFour) = host.OccupiedFlat(building, unit: 2);
        string Fill(string s) => s.Replace("{b}", room.Building.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{u}", room.Unit!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{r}", room.Room, StringComparison.Ordinal);
        await host.Flow()
            .Send("卫生间马桶堵了，冲完水一直往外冒，现在满地都是水，快漫到客厅了").IgnoreReplies()
            .Send(Fill(first)).AssertReply(reply => Assert.Contains($"{room.Building}栋", reply.Text, StringComparison.Ordinal)).IgnoreReplies()
            .Send(Fill(second)).AssertReply(reply => Assert.DoesNotContain("不一致", reply.Text, StringComparison.Ordinal)).IgnoreReplies()
            .Send(lastFour).IgnoreReplies()
            .StartTestAsync();

        Assert.Equal(1, host.Count($"SELECT COUNT(*) FROM tickets WHERE intent = 'repair.urgent' AND building = {room.Building} AND unit = {room.Unit} AND room = '{room.Room}'"));
    }
}
