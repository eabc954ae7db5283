using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>Answers given earlier in a conversation: asked for again, and short follow-ups that leave the question out.</summary>
public sealed class RecentAnswersTests
{
    [Fact]
    public void A_follow_up_that_names_only_a_new_subject_takes_the_last_questions_ending()
    {
        var conversation = new ConversationData();
        RecentAnswers.Remember(conversation, "以后要是再坏了，你们上门换个水龙头要多少钱？", "换水龙头30元");

        Assert.Equal("换个灯泡要多少钱", RecentAnswers.Elliptical(conversation, "那换个灯泡呢？"));
        Assert.Null(RecentAnswers.Elliptical(conversation, "厨房水龙头又坏了，明天能来修吗"));
        Assert.Null(RecentAnswers.Elliptical(new ConversationData(), "那换个灯泡呢？"));
    }

    [Fact]
    public void Asked_again_the_answer_whose_question_shares_the_words_is_repeated_not_the_latest()
    {
        var conversation = new ConversationData();
        RecentAnswers.Remember(conversation, "顺便问一下停车费多少", "地下固定车位租金每月300元");
        RecentAnswers.Remember(conversation, "装修押金多少", "装修保证金2,000元");

        Assert.Equal("刚才说的是：地下固定车位租金每月300元", RecentAnswers.Recall(conversation, "对了，停车费刚才说是多少来着？"));
        Assert.Equal("刚才说的是：装修保证金2,000元", RecentAnswers.Recall(conversation, "你刚才说的是多少？"));
        Assert.Null(RecentAnswers.Recall(conversation, "停车费多少"));
    }

    [Fact]
    public void A_new_subject_with_only_lai_zhe_is_a_new_question_not_a_repeat()
    {
        var conversation = new ConversationData();
        RecentAnswers.Remember(conversation, "要是家里闻到煤气味应该怎么办", "立即关闭燃气阀门……");

        Assert.Null(RecentAnswers.Recall(conversation, "燃气公司的电话是多少来着"));
        Assert.Equal("刚才说的是：立即关闭燃气阀门……", RecentAnswers.Recall(conversation, "闻到煤气味怎么办来着，刚才说的"));
        Assert.Equal("刚才说的是：立即关闭燃气阀门……", RecentAnswers.Recall(conversation, "是多少来着"));
    }

    [Fact]
    public void Only_the_last_three_answers_are_kept()
    {
        var conversation = new ConversationData();
        foreach (var topic in new[] { "停车费", "装修押金", "物业费", "垃圾费" })
        {
            RecentAnswers.Remember(conversation, topic + "多少", topic + "的答案");
        }

        Assert.Equal(["装修押金多少", "物业费多少", "垃圾费多少"], conversation.RecentAnswers.Select(a => a.Question));
    }

    [Fact]
    public void A_total_over_a_period_asks_the_fees_just_answered_with_the_flat_they_were_for()
    {
        var conversation = new ConversationData();
        RecentAnswers.Remember(conversation, "128平的高层物业费怎么收", "每月358.40元");
        RecentAnswers.Remember(conversation, "电梯费怎么收", "每月44.80元");

        Assert.Equal("128平的高层物业费怎么收，电梯费怎么收，一年下来一共大概多少钱？",
            RecentAnswers.Elliptical(conversation, "一年下来一共大概多少钱？"));
        Assert.Null(RecentAnswers.Elliptical(conversation, "一年的停车费多少钱？"));
    }
}
