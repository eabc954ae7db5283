using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Tests.Bot.Channels;
using ConciergeBot.Tests.Bot.Channels.DirectLine;
using ConciergeBot.Tests.Dialogs.Understanding;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Limits;

/// <summary>
/// Floods and guessing through the real HTTP endpoints (the whole service on a SQLite file and a manual clock): each
/// limit of the <c>Limits</c> section refuses what is over it — 429 with Retry-After on an HTTP endpoint, a polite
/// Chinese reply in a chat — stores nothing for what it refused, and lets the same caller in again once its window has
/// passed. Small limits are configured so the floods stay short; the defaults are the README's.
/// </summary>
public sealed class HostileTrafficTests
{
    private const string FrontDeskSecret = "frontdesk-secret-0123456789abcdefghij";

    private static readonly string SecondEstate = Path.Combine(RepoFiles.RepoRoot, "tests", "fixtures", "estates", "songlinli");

    private readonly ManualClock _clock = new();

    [Fact]
    public async Task A_user_over_the_turn_limit_is_told_once_to_wait_with_the_estates_hotline_then_answered_again_after_the_window()
    {
        // The second estate: the hotline in the reply comes from its data, not from the sample estate.
        await using var host = Host(new()
        {
            ["Limits:Turns:Permits"] = "3",
            ["Estate:DataPath"] = Path.Combine(SecondEstate, "Data"),
            ["Estate:HandbookPath"] = Path.Combine(SecondEstate, "Handbook"),
        });
        using var http = host.CreateClient();
        var hotline = host.Services.GetRequiredService<KnowledgeStore>().Current.Register.Profile.ServiceCentre.Hotline;
        Assert.Equal("028-8765 4321", hotline);

        for (var i = 0; i < 3; i++)
        {
            var (status, served) = await SayAsync(http, "flooder", "c1", "谢谢");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain(served, t => t.Contains("太快", StringComparison.Ordinal) || t.Contains("稍等", StringComparison.Ordinal));
        }

        var told = Assert.Single((await SayAsync(http, "flooder", "c1", "谢谢")).Texts);
        Assert.Contains("请稍等1分钟后再发", told, StringComparison.Ordinal);
        Assert.Contains(hotline, told, StringComparison.Ordinal);
        Assert.Empty((await SayAsync(http, "flooder", "c2", "卫生间水管爆了")).Texts);    // silent for the rest of the window, any conversation
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM tickets"));                      // the refused turn ran no dialog
        Assert.NotEmpty((await SayAsync(http, "neighbour", "c3", "谢谢")).Texts);          // another user is not held back

        _clock.Advance(TimeSpan.FromMinutes(1));
        var again = await SayAsync(http, "flooder", "c1", "谢谢");
        Assert.NotEmpty(again.Texts);
        Assert.DoesNotContain(again.Texts, t => t.Contains("稍等", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_owner_over_the_ticket_limit_is_refused_politely_but_an_urgent_request_is_opened_and_flagged()
    {
        await using var host = Host(new()
        {
            ["Limits:Tickets:Permits"] = "2",
            ["Staff:Tokens:supervisor-zhouhua"] = "hostile-test-token-supervisor",
        });
        using var http = host.CreateClient();
        const string complaint = "3栋2单元1302装修太吵了";

        Assert.Contains((await SayAsync(http, "owner", "t1", complaint)).Texts, t => t.Contains("工单号", StringComparison.Ordinal));
        Assert.Contains((await SayAsync(http, "owner", "t2", complaint)).Texts, t => t.Contains("工单号", StringComparison.Ordinal));
        var refused = await SayAsync(http, "owner", "t3", complaint);
        var refusal = Assert.Single(refused.Texts, t => t.Contains("暂时无法在线登记", StringComparison.Ordinal));
        Assert.Contains("0755-2688 6600", refusal, StringComparison.Ordinal);
        Assert.Contains("请10分钟后再试", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(refused.Texts, t => t.Contains("工单号", StringComparison.Ordinal));
        Assert.Equal(2, host.Count("SELECT COUNT(*) FROM tickets"));

        // An emergency is never refused: opened, and flagged for staff on its timeline.
        var urgent = await SayAsync(http, "owner", "t4", "卫生间水管爆了，水漫出来了");
        var number = NumberIn(Assert.Single(urgent.Texts, t => t.Contains("工单号", StringComparison.Ordinal)));
        var (status, ticket) = await StaffAsync(http, HttpMethod.Get, $"/api/tickets/{number}", "hostile-test-token-supervisor");
        Assert.Equal(HttpStatusCode.OK, status);
        var flag = Assert.Single(ticket.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "flagged");
        Assert.Contains("紧急事项照常受理", flag.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Another owner is not affected, and the first may open again once the window has passed.
        Assert.Contains((await SayAsync(http, "other-owner", "t5", complaint)).Texts, t => t.Contains("工单号", StringComparison.Ordinal));
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Contains((await SayAsync(http, "owner", "t6", complaint)).Texts, t => t.Contains("工单号", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Token_minting_is_limited_per_address_with_429_and_retry_after_on_chat_token_and_direct_line()
    {
        await using var host = Host(new() { ["Limits:Tokens:Permits"] = "3" });
        using var http = host.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            using var ok = await http.PostAsync(new Uri("/chat/token", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using (var generated = await GenerateAsync(http))
        {
            Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        }

        var conversationsBefore = host.Count("SELECT COUNT(*) FROM directline_conversations");
        using var page = await http.PostAsync(new Uri("/chat/token", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), page.Headers.RetryAfter?.Delta);
        using var pageBody = JsonDocument.Parse(await page.Content.ReadAsStringAsync());
        Assert.Equal("TooManyRequests", pageBody.RootElement.GetProperty("code").GetString());
        Assert.Contains("retry after 60 s", pageBody.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);

        // Direct Line answers in its own error shape, from the same budget.
        using var direct = await GenerateAsync(http);
        Assert.Equal(HttpStatusCode.TooManyRequests, direct.StatusCode);
        Assert.NotNull(direct.Headers.RetryAfter);
        using var directBody = JsonDocument.Parse(await direct.Content.ReadAsStringAsync());
        Assert.Equal("TooManyRequests", directBody.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(conversationsBefore, host.Count("SELECT COUNT(*) FROM directline_conversations"));

        _clock.Advance(TimeSpan.FromSeconds(61));
        using var later = await http.PostAsync(new Uri("/chat/token", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task Direct_line_conversation_starts_are_limited_per_address()
    {
        await using var host = Host(new() { ["Limits:Conversations:Permits"] = "2" });
        using var http = host.CreateClient();
        var dl = new DirectLineTestClient(http);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await dl.SendAsync(HttpMethod.Post, "/conversations", BotHost.DirectLineSecret)).Status);
        }

        var stored = host.Count("SELECT COUNT(*) FROM directline_conversations");
        var (status, body) = await dl.SendAsync(HttpMethod.Post, "/conversations", BotHost.DirectLineSecret);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("TooManyRequests", body!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(stored, host.Count("SELECT COUNT(*) FROM directline_conversations"));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Created, (await dl.SendAsync(HttpMethod.Post, "/conversations", BotHost.DirectLineSecret)).Status);
    }

    [Fact]
    public async Task The_unauthenticated_loopback_door_is_limited_per_address_when_configured_and_authenticated_channels_are_not()
    {
        await using var host = Host(new()
        {
            ["Limits:LoopbackMessages:Permits"] = "2",
            ["Messages:Secrets:frontdesk"] = FrontDeskSecret,
        });
        using var http = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await SayAsync(http, "dev-1", "l1", "谢谢")).Status);
        Assert.Equal(HttpStatusCode.OK, (await SayAsync(http, "dev-2", "l2", "谢谢")).Status);
        var stored = host.StoredRows();

        using var refused = await PostActivityAsync(http, "dev-3", "l3", "谢谢");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        using (var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
        {
            Assert.Equal("TooManyRequests", body.RootElement.GetProperty("code").GetString());
        }

        Assert.Equal(stored, host.StoredRows());
        using var channel = await PostActivityAsync(http, "desk-user", "l4", "谢谢", FrontDeskSecret);
        Assert.Equal(HttpStatusCode.OK, channel.StatusCode);
    }

    [Fact]
    public async Task Guessing_the_last_four_digits_locks_the_pair_out_never_names_the_owner_and_staff_can_lift_it()
    {
        await using var host = Host(new()
        {
            ["Staff:Tokens:supervisor-zhouhua"] = "hostile-test-token-supervisor",
            ["Staff:Tokens:assistant-wanglei"] = "hostile-test-token-assistant",
        });
        using var http = host.CreateClient();
        var said = new List<string>();

        // 3栋2单元1202 is 李女士's (139****2046). Five wrong answers in five conversations, as a guesser would.
        for (var i = 0; i < 5; i++)
        {
            said.AddRange(await TryDigitsAsync(http, "guesser", $"g{i}", $"100{i}"));
        }

        Assert.Contains(said, t => t.Contains("后四位与登记信息不一致", StringComparison.Ordinal));
        Assert.Contains(said, t => t.Contains("在线绑定已暂停", StringComparison.Ordinal) && t.Contains("0755-2688 6600", StringComparison.Ordinal));
        var right = await TryDigitsAsync(http, "guesser", "g5", "2046");  // the right digits, while locked out
        Assert.Contains(right, t => t.Contains("在线绑定已暂停", StringComparison.Ordinal));
        Assert.DoesNotContain(said.Concat(right), t => t.Contains('李'));
        Assert.Equal(0, host.Count("SELECT COUNT(*) FROM bot_state WHERE json LIKE '%boundRoom%3-2-1202%'"));

        // Only the supervisor or the manager sees and lifts lock-outs; lifting is kept with who and why.
        Assert.Equal(HttpStatusCode.Forbidden, (await StaffAsync(http, HttpMethod.Get, "/api/bindings/locks", "hostile-test-token-assistant")).Status);
        var (listed, locks) = await StaffAsync(http, HttpMethod.Get, "/api/bindings/locks", "hostile-test-token-supervisor");
        Assert.Equal(HttpStatusCode.OK, listed);
        var locked = Assert.Single(locks.EnumerateArray());
        Assert.Equal(("api/guesser", "3-2-1202", 5), (locked.GetProperty("user").GetString(), locked.GetProperty("flat").GetString(), locked.GetProperty("failures").GetInt32()));
        var id = locked.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Forbidden,
            (await StaffAsync(http, HttpMethod.Post, $"/api/bindings/locks/{id}/lift", "hostile-test-token-assistant", """{"reason":"业主来电"}""")).Status);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await StaffAsync(http, HttpMethod.Post, $"/api/bindings/locks/{id}/lift", "hostile-test-token-supervisor", "{}")).Status);
        var (lifted, view) = await StaffAsync(http, HttpMethod.Post, $"/api/bindings/locks/{id}/lift", "hostile-test-token-supervisor",
            """{"reason":"业主来电核实身份"}""");
        Assert.Equal(HttpStatusCode.OK, lifted);
        Assert.Equal(("supervisor-zhouhua:周华", "业主来电核实身份"), (view.GetProperty("liftedBy").GetString(), view.GetProperty("liftReason").GetString()));
        Assert.Equal(HttpStatusCode.Conflict,
            (await StaffAsync(http, HttpMethod.Post, $"/api/bindings/locks/{id}/lift", "hostile-test-token-supervisor", """{"reason":"again"}""")).Status);

        var bound = await TryDigitsAsync(http, "guesser", "g6", "2046");
        Assert.Contains(bound, t => t.Contains("李女士您好，已为您绑定", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_answers_from_many_chats_lock_the_flat_for_everyone_until_the_lock_out_runs_out()
    {
        await using var host = Host(new() { ["Limits:Binding:PerFlat"] = "3", ["Limits:Binding:LockOut"] = "02:00:00" });
        using var http = host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains(await TryDigitsAsync(http, $"sprayer-{i}", $"s{i}", "0000"), t => t.Contains("不一致", StringComparison.Ordinal) || t.Contains("已暂停", StringComparison.Ordinal));
        }

        var owner = await TryDigitsAsync(http, "real-owner", "o1", "2046");
        Assert.Contains(owner, t => t.Contains("在线绑定已暂停，约2小时后恢复", StringComparison.Ordinal));
        Assert.DoesNotContain(owner, t => t.Contains('李'));

        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Contains(await TryDigitsAsync(http, "real-owner", "o2", "2046"), t => t.Contains("李女士您好，已为您绑定", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_chat_trying_many_flats_is_locked_out_of_every_flat()
    {
        await using var host = Host(new() { ["Limits:Binding:PerUser"] = "2" });
        using var http = host.CreateClient();
        Assert.Contains(await TryDigitsAsync(http, "sprayer", "p1", "0000"), t => t.Contains("不一致", StringComparison.Ordinal));
        Assert.Contains(await TryDigitsAsync(http, "sprayer", "p2", "0000", "3栋1单元1202卧室的灯泡坏了"), t => t.Contains("已暂停", StringComparison.Ordinal));

        // 3栋1单元1202 is 王先生's (138****5678): the right digits from this chat are refused too, and name no one.
        var right = await TryDigitsAsync(http, "sprayer", "p3", "5678", "3栋1单元1202卧室的灯泡坏了");
        Assert.Contains(right, t => t.Contains("在线绑定已暂停", StringComparison.Ordinal));
        Assert.DoesNotContain(right, t => t.Contains("王先生", StringComparison.Ordinal));
        Assert.Contains(await TryDigitsAsync(http, "someone-else", "p4", "5678", "3栋1单元1202卧室的灯泡坏了"),
            t => t.Contains("王先生您好，已为您绑定", StringComparison.Ordinal));
    }

    private BotHost Host(Dictionary<string, string?> settings) => new(settings: settings, services: s => s.AddSingleton<TimeProvider>(_clock));

    /// <summary>A new conversation about a flat (3栋2单元1202): the request, then the digits the bot asks for; the bot's replies to both.</summary>
    private static async Task<List<string>> TryDigitsAsync(HttpClient http, string user, string conversation, string digits, string request = "3栋2单元1202卧室的灯泡坏了")
    {
        var asked = await SayAsync(http, user, conversation, request);
        Assert.Contains(asked.Texts, t => t.Contains("后四位", StringComparison.Ordinal));
        return [.. asked.Texts, .. (await SayAsync(http, user, conversation, digits)).Texts];
    }

    private static async Task<(HttpStatusCode Status, List<string> Texts)> SayAsync(HttpClient http, string user, string conversation, string text)
    {
        using var response = await PostActivityAsync(http, user, conversation, text);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (response.StatusCode, []);
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, [.. body.RootElement.GetProperty("activities").EnumerateArray()
            .Select(a => a.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "")]);
    }

    private static Task<HttpResponseMessage> PostActivityAsync(HttpClient http, string user, string conversation, string text, string? secret = null)
    {
        var json = JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            from = new { id = user },
            conversation = new { id = conversation },
            deliveryMode = "expectReplies",
        });
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        }

        return http.SendAsync(request);
    }

    private static Task<HttpResponseMessage> GenerateAsync(HttpClient http)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v3/directline/tokens/generate", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BotHost.DirectLineSecret);
        return http.SendAsync(request);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> StaffAsync(HttpClient http, HttpMethod method, string path, string token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string NumberIn(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, @"\d{8}-\d{4}").Value;
}
