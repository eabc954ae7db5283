using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;

namespace ConciergeBot.Tests.Harness;

/// <summary>
/// A conversation script in the Bot Framework TestFlow style: <c>Send</c> a message, then <c>AssertReply</c>
/// for each reply in order. <see cref="StartTestAsync"/> runs the script through the real turn pipeline.
/// </summary>
public sealed class TestFlow(TurnProcessor processor, string conversationId, string userId)
{
    private readonly List<Func<Task>> _steps = [];
    private readonly Queue<Activity> _replies = new();
    private readonly List<string> _log = [];

    public TestFlow Send(string text) => Send(Message(text));

    public TestFlow Send(Activity activity)
    {
        _steps.Add(async () =>
        {
            _log.Add("user: " + activity.Text);
            foreach (var reply in await processor.ProcessAsync(activity, CancellationToken.None))
            {
                _log.Add("bot:  " + reply.Text);
                _replies.Enqueue(reply);
            }
        });
        return this;
    }

    public TestFlow SendConversationUpdate() => Send(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        ChannelId = "test",
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount(userId),
        Recipient = new ChannelAccount("bot"),
        MembersAdded = [new ChannelAccount(userId)],
    });

    /// <summary>The next reply's text contains every one of <paramref name="fragments"/>.</summary>
    public TestFlow AssertReply(params string[] fragments) => AssertReply(reply =>
    {
        foreach (var fragment in fragments)
        {
            Assert.True((reply.Text ?? "").Contains(fragment, StringComparison.Ordinal),
                $"Expected a reply containing \"{fragment}\", got: {reply.Text}\nConversation so far:\n{string.Join('\n', _log)}");
        }
    });

    public TestFlow AssertReply(Action<Activity> check)
    {
        _steps.Add(() =>
        {
            Assert.True(_replies.Count > 0, "Expected a reply, got none.\n" + string.Join('\n', _log));
            check(_replies.Dequeue());
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>The next reply carries exactly these suggested-action buttons.</summary>
    public TestFlow AssertSuggestedActions(params string[] titles) => AssertReply(reply =>
        Assert.Equal(titles, reply.SuggestedActions?.Actions.Select(a => a.Title).ToArray() ?? []));

    public TestFlow AssertNoReply()
    {
        _steps.Add(() =>
        {
            Assert.True(_replies.Count == 0, "Expected no reply, got: " + string.Join(" | ", _replies.Select(r => r.Text)));
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>Skips replies the script doesn't care about.</summary>
    public TestFlow IgnoreReplies()
    {
        _steps.Add(() =>
        {
            _replies.Clear();
            return Task.CompletedTask;
        });
        return this;
    }

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }
    }

    public Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount(userId, "业主", "user"),
        Recipient = new ChannelAccount("bot", "管家", "bot"),
        Text = text,
        Locale = "zh-CN",
    };
}
