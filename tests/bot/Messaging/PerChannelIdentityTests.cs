using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConciergeBot.Tests.Harness;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ConciergeBot.Tests.Bot.Messaging;

/// <summary>
/// An owner is (channel, user id): the same user id sent on another channel is someone else — it sees none of the
/// owner's tickets, and cannot add to, amend or cancel them.
/// </summary>
public sealed partial class PerChannelIdentityTests
{
    [Fact]
    public async Task The_same_user_id_on_another_channel_sees_and_cancels_nothing_of_the_owners()
    {
        await using var bot = new LoopbackMessagesFactory();
        using var client = bot.CreateClient();
        var opened = await PostAsync(client, "test", "c-owner", "u-1", "卫生间水管爆了，水漫出来了，3栋2单元1202");
        var number = TicketNumber().Match(opened).Value;
        Assert.NotEmpty(number);

        var impostorStatus = await PostAsync(client, "other", "c-impostor", "u-1", "我的工单进度怎么样");
        var impostorCancel = await PostAsync(client, "other", "c-impostor", "u-1", $"取消工单{number}");
        var ownerStatus = await PostAsync(client, "test", "c-owner-later", "u-1", "我的工单进度怎么样");

        Assert.DoesNotContain(number, impostorStatus, StringComparison.Ordinal);
        Assert.DoesNotContain(number, impostorCancel, StringComparison.Ordinal);
        Assert.Contains(number, ownerStatus, StringComparison.Ordinal);
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM tickets WHERE state = 'Cancelled'"));
    }

    private static async Task<string> PostAsync(HttpClient client, string channel, string conversation, string user, string text)
    {
        var json = JsonSerializer.Serialize(new
        {
            type = "message", id = Guid.NewGuid().ToString("N"), text, channelId = channel, from = new { id = user },
            conversation = new { id = conversation }, deliveryMode = "expectReplies",
        });
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex(@"\d{8}-\d{4}")]
    private static partial Regex TicketNumber();
}
