using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Tests.Harness;

namespace ConciergeBot.Tests.Dialogs.Framework;

public sealed class DialogEngineTests
{
    [Fact]
    public async Task Waterfall_collects_typed_answers_across_turns()
    {
        await using var host = await EngineHost.StartAsync();
        await host.Flow()
            .Send("登记").AssertReply("请问您贵姓")
            .Send("王").AssertReply("多大年纪")
            .Send("三十五").AssertReply("喜欢什么颜色")
            .Send("2").AssertReply("王，35岁，喜欢蓝色，对吗")
            .Send("对的").AssertReply("已登记：王")
            .StartTestAsync();
    }

    [Fact]
    public async Task Invalid_number_gets_the_retry_prompt_and_valid_one_continues()
    {
        await using var host = await EngineHost.StartAsync();
        await host.Flow()
            .Send("登记").AssertReply("贵姓")
            .Send("李").AssertReply("多大年纪")
            .Send("不告诉你").AssertReply("请输入1到120之间的数字")
            .Send("500").AssertReply("请输入1到120之间的数字")
            .Send("42").AssertReply("喜欢什么颜色")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_renders_buttons_and_confirm_understands_chinese_no()
    {
        await using var host = await EngineHost.StartAsync();
        await host.Flow()
            .Send("登记").IgnoreReplies()
            .Send("赵").IgnoreReplies()
            .Send("60").AssertSuggestedActions("红色", "蓝色", "绿色")
            .Send("绿色").AssertSuggestedActions("是", "否")
            .Send("不对").AssertReply("没有登记")
            .StartTestAsync();
    }

    [Fact]
    public async Task After_max_attempts_the_prompt_hands_off_to_a_person_instead_of_looping()
    {
        await using var host = await EngineHost.StartAsync();
        await host.Flow()
            .Send("登记").IgnoreReplies()
            .Send("孙").IgnoreReplies()
            .Send("abc").AssertReply("请输入1到120")
            .Send("def").AssertReply("请输入1到120")
            .Send("ghi").AssertReply("转接人工客服", "30分钟内")
            .AssertNoReply()
            .Send("你好").AssertReply("智能管家")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_ends_the_dialog_and_help_reprompts_the_current_question()
    {
        await using var host = await EngineHost.StartAsync();
        await host.Flow()
            .Send("登记").AssertReply("贵姓")
            .Send("帮助").AssertReply("我可以帮您").AssertReply("请问您贵姓")
            .Send("取消").AssertReply("已为您取消")
            .Send("王").AssertReply("智能管家")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("取消", true)]
    [InlineData("算了吧", true)]
    [InlineData("不用了。", true)]
    [InlineData("我想取消上次预约的保洁服务", false)]
    [InlineData("取消订单怎么操作", false)]
    public void Cancel_is_recognised_only_on_clear_intent(string text, bool isCancel)
    {
        Assert.Equal(isCancel, global::ConciergeBot.Dialogs.Root.Interruptions.Detect(text) == global::ConciergeBot.Dialogs.Root.Interruption.Cancel);
    }

    [Fact]
    public async Task A_clear_new_request_instead_of_an_answer_is_handled_not_reasked()
    {
        await using var host = await EngineHost.StartAsync();
        await host.Flow()
            .Send("登记").IgnoreReplies()
            .Send("王").AssertReply("多大年纪")
            .Send("登记").AssertReply("先为您处理这件事").AssertReply("请问您贵姓")
            .StartTestAsync();
    }

    [Fact]
    public async Task Asking_for_a_person_mid_dialog_hands_off_once()
    {
        await using var host = await EngineHost.StartAsync();
        await host.Flow()
            .Send("登记").IgnoreReplies()
            .Send("转人工").AssertReply("转接人工客服").AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Unclear_message_gets_a_short_clarifying_question_with_buttons()
    {
        await using var host = await EngineHost.StartAsync();
        await host.Flow()
            .Send("模糊").AssertReply(reply =>
            {
                Assert.Contains("确认一下", reply.Text, StringComparison.Ordinal);
                Assert.Contains("费用咨询", reply.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task New_conversation_is_greeted_once()
    {
        await using var host = await EngineHost.StartAsync();
        await host.Flow()
            .SendConversationUpdate().AssertReply("智能管家")
            .SendConversationUpdate().AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_crash_apologises_and_resets_only_that_conversation()
    {
        await using var host = await EngineHost.StartAsync();
        var other = host.Flow("conversation-2", "owner-2");
        await other.Send("登记").AssertReply("贵姓").StartTestAsync();

        await host.Flow()
            .Send("崩溃").AssertReply("请说点什么")
            .Send("随便").AssertReply("系统出了点小问题", "0755-2688 6600") // the sample estate's hotline, from estate.json
            .Send("你好").AssertReply("智能管家")
            .StartTestAsync();

        // The other conversation's dialog is untouched and continues where it was.
        await host.Flow("conversation-2", "owner-2").Send("周").AssertReply("多大年纪").StartTestAsync();
    }

    [Fact]
    public async Task State_from_an_older_dialog_tree_is_reset_with_a_notice_not_replayed()
    {
        var dir = TempDirectory.Create();
        await using (var host = await EngineHost.StartAsync(dir))
        {
            await host.Flow().Send("登记").AssertReply("贵姓").StartTestAsync();
        }
        await using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dir, "conciergebot.db")}"))
        {
            await db.OpenAsync();
            using var command = db.CreateCommand();
            command.CommandText = "UPDATE bot_state SET json = replace(json, '\"dialogVersion\":\"', '\"dialogVersion\":\"old-') WHERE key LIKE 'conversation/%'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        await using (var host = await EngineHost.StartAsync(dir))
        {
            await host.Flow().Send("王").AssertReply("服务刚刚升级").AssertReply("智能管家").StartTestAsync();
        }
    }
}
