using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Tests.Bot.Channels;
using ConciergeBot.Tests.Bot.Channels.DirectLine;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ConciergeBot.Tests.Bot.Storage;

/// <summary>What a message leaves in the database: the fields the bot uses, bounded, and text without control or bidi characters.</summary>
public sealed class StoredDataTests(ITestOutputHelper output)
{
    private const string Dirty = "卫生间水管爆了\u202E，水\0漫出来了\u0007";
    private const string Clean = "卫生间水管爆了，水漫出来了";

    /// <summary>A message padded to just under the 256 KB door with fields the bot never reads.</summary>
    private static JsonObject Padded(string text, string conversation) => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "owner-padded", ["name"] = "业\u202E主", ["aadObjectId"] = new string('a', 20_000) },
        ["conversation"] = new JsonObject { ["id"] = conversation, ["tenantId"] = new string('t', 20_000) },
        ["deliveryMode"] = "expectReplies",
        ["channelData"] = new JsonObject { ["clientActivityID"] = "client-9", ["blob"] = new string('x', 80_000) },
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["data"] = new string('e', 60_000) }),
        ["futureField"] = new string('z', 70_000),
    };

    private static void AssertClean(string stored)
    {
        Assert.DoesNotContain(stored, StoredText.IsRemoved);
    }

    [Fact]
    public async Task A_message_padded_with_unused_fields_is_stored_trimmed_and_clean()
    {
        await using var host = new BotHost();
        using var http = host.CreateClient();
        var body = Padded(Dirty, "padded-1").ToJsonString();
        using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var inbound = DatabaseProbe.Texts(host.DatabasePath, "SELECT activity FROM transcript WHERE outbound = 0");
        var stored = JsonNode.Parse(Assert.Single(inbound))!;
        var descriptions = DatabaseProbe.Texts(host.DatabasePath, "SELECT description FROM tickets");
        output.WriteLine($"inbound activity: {Encoding.UTF8.GetByteCount(body)} bytes posted, {Encoding.UTF8.GetByteCount(inbound[0])} bytes stored");

        Assert.True(Encoding.UTF8.GetByteCount(inbound[0]) < 1024, inbound[0]);
        Assert.Equal(Clean, stored["text"]!.GetValue<string>());
        Assert.Equal("业主", stored["from"]!["name"]!.GetValue<string>());
        Assert.Equal("client-9", stored["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Null(stored["entities"]);
        Assert.Null(stored["futureField"]);
        Assert.Null(stored["channelData"]!["blob"]);
        Assert.All(DatabaseProbe.Texts(host.DatabasePath, "SELECT activity FROM transcript"), a => AssertClean(JsonNode.Parse(a)!["text"]?.GetValue<string>() ?? ""));
        Assert.Contains(Clean, Assert.Single(descriptions), StringComparison.Ordinal);
        AssertClean(descriptions[0]);
    }

    [Fact]
    public async Task The_direct_line_log_keeps_the_echo_web_chat_needs_and_nothing_else()
    {
        await using var host = new BotHost();
        var dl = new DirectLineTestClient(host.CreateClient());
        var (conversationId, token, _) = await dl.StartAsync();
        var activity = Padded(Dirty, conversationId);
        activity.Remove("deliveryMode");
        var (status, _) = await dl.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, status);

        var echo = (await dl.GetActivitiesAsync(conversationId, token, ""))["activities"]!.AsArray().Single(a => a!["from"]!["role"]?.GetValue<string>() == "user")!;
        var largest = host.Count("SELECT MAX(LENGTH(CAST(json AS BLOB))) FROM directline_activities");
        output.WriteLine($"largest Direct Line log row: {largest} bytes");

        Assert.Equal(Clean, echo["text"]!.GetValue<string>());
        Assert.Equal("client-9", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Null(echo["futureField"]);
        Assert.True(largest < 2048, $"{largest} bytes");
    }

    [Fact]
    public async Task Staff_notes_and_descriptions_written_past_the_turn_pipeline_are_cleaned_too()
    {
        await using var h = await ConciergeBot.Tests.Bot.Tickets.TicketHarness.StartAsync();
        var opened = await h.OpenAsync("repair.general", Dirty);
        var ticket = await h.TicketAsync(opened.Number);
        var staff = ConciergeBot.Tickets.Actor.Staff(h.Services.GetRequiredService<ConciergeBot.Knowledge.Estate.Roster>().FindById("assistant-wanglei")!);
        await h.Workflow.PauseAsync(ticket.Id, staff, "业主\u2066不在家\u0008", CancellationToken.None);

        var path = Path.Combine(h.Services.GetRequiredService<ConciergeBot.Storage.SqliteDatabase>().FilePath);
        var texts = DatabaseProbe.Texts(path, "SELECT description FROM tickets UNION ALL SELECT COALESCE(detail, '') FROM ticket_events UNION ALL SELECT text FROM outbox");

        Assert.Contains(texts, t => t.Contains("不在家", StringComparison.Ordinal));
        Assert.All(texts, AssertClean);
    }
}
