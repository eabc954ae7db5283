using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>
/// A restated request called off and then wanted after all, and a shop named beside the owner's own flat in a
/// neighbour complaint — through the chat with the real classifier (clock: Sunday 2026-11-22 10:00). None of these
/// sentences is from a conversation set.
/// </summary>
public sealed class ResumedAndNamedPartyChatTests
{
    [Fact]
    public async Task A_restated_request_called_off_and_then_wanted_as_it_was_opens_without_restating_again()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("3栋1单元1501卧室衣柜门的合页松了，门歪了关不上").AssertReply("后四位")
            .Send("跳过").AssertReply("什么时间上门")
            .Send("周二下午三点").AssertReply("联系电话")
            .Send("13912345678").AssertReply("对吗")
            .Send("嗯……算了先不修了").AssertReply("已为您取消")
            .Send("哎还是修吧，就周二下午三点").AssertReply("恢复").AssertReply("工单号 20261122-0001")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE state <> 'Cancelled' AND appointment_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_shop_named_beside_the_owners_own_flat_is_the_party_complained_about()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("楼下那家烧烤店现在都十一点多了还在划拳大吵大闹，吵得孩子睡不着").AssertReply("休息时间").AssertReply("请问您家是几栋几单元几号")
            .Send("是S110那家，我住3栋1单元1501").AssertReply("商铺S110")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND room = 'S110'"));
    }

    [Theory]
    [InlineData("算了，我自己先看看是不是下水管堵了")]
    [InlineData("那先不用了吧，我自己先弄弄看")]
    public async Task A_request_called_off_at_the_time_prompt_comes_back_when_the_owner_asks_for_someone_after_all(string callOff)
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("3栋1单元1501厨房水槽下面的柜子一直有点渗水").AssertReply("后四位")
            .Send("跳过").AssertReply("什么时间上门")
            .Send(callOff).AssertReply("已为您取消")
            .Send("弄了半天还是不行，还在渗，还是派个师傅来吧").AssertReply("恢复")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_flat_named_as_the_neighbours_is_the_party_not_another_flat_only_told_of()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.Flow()
            .Send("楼上半夜一点还在大声唱K喝酒划拳，吵得根本睡不着").AssertReply("管理规约").AssertReply("请问您家是几栋几单元几号")
            .Send("3栋1单元1501").AssertReply("3栋1单元1601")
            .Send("跳过")
            .Send("就是楼上1601，别又跑去敲1602的门了，上回就敲错了")
            .StartTestAsync();

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND building = 3 AND unit = 1 AND room = '1601'"));
    }
}
