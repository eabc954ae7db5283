using System.Net.Http.Json;
using System.Text.Json;
using ConciergeBot.Tests.Bot.Channels;
using ConciergeBot.Tests.Dialogs.Understanding;

namespace ConciergeBot.Tests.Bot.Estates;

/// <summary>
/// The whole service on a second estate (tests/fixtures/estates/songlinli: 松林里, other buildings, room scheme, fees,
/// roster, hotline and handbook), driven through real HTTP on Kestrel: whatever the bot says comes from that
/// estate's data, and nothing of the shipped sample estate 翠湖苑 appears.
/// </summary>
public sealed class SecondEstateTests
{
    /// <summary>What only the sample estate says: its name and company, hotline, and the names of its staff.</summary>
    private static readonly string[] SampleEstate =
        ["翠湖", "0755", "2688", "6600", "李静", "王磊", "陈晓", "赵敏", "周华", "孙强", "刘工", "张工", "8101", "8102", "8103", "8104"];

    private static readonly string Estate = Path.Combine(RepoFiles.RepoRoot, "tests", "fixtures", "estates", "songlinli");

    private readonly List<string> _said = [];

    [Fact]
    public async Task A_repair_a_fee_question_and_a_noise_complaint_are_served_from_the_second_estate_only()
    {
        await using var host = new BotHost(settings: new Dictionary<string, string?>
        {
            ["Estate:DataPath"] = Path.Combine(Estate, "Data"),
            ["Estate:HandbookPath"] = Path.Combine(Estate, "Handbook"),
        });
        using var http = new HttpClient { BaseAddress = host.StartKestrel() };
        Task<IReadOnlyList<string>> SayAsync(string conversation, string? text) => this.SayAsync(http, conversation, text);

        var greeting = Assert.Single(await SayAsync("repair", null));
        Assert.Contains("松林里的小管家", greeting, StringComparison.Ordinal);

        // A repair: the flat is on 松林里's register (3 units, rooms 01–03), the owner binds it with her mobile's last four.
        Assert.Contains("登记手机号的后四位", Assert.Single(await SayAsync("repair", "2栋3单元503卧室的灯泡坏了")), StringComparison.Ordinal);
        var bound = await SayAsync("repair", "7788");
        Assert.Contains("欧阳女士您好，已为您绑定2栋3单元503", bound[0], StringComparison.Ordinal);
        Assert.Contains("什么时间上门", bound[1], StringComparison.Ordinal);
        Assert.Contains("简单维修", Assert.Single(await SayAsync("repair", "明天上午10点")), StringComparison.Ordinal);
        Assert.Matches(@"工单号 \d{8}-\d{4}。维修师傅将按您约的时间（明天10:00）上门，明天14:00前为您处理完毕", Assert.Single(await SayAsync("repair", "是的")));

        // A fee question, computed from 松林里's fee table and register: garden flat, 118 ㎡ × 1.90 元 × 12.
        var fee = Assert.Single(await SayAsync("fee", "2栋3单元503一年物业费多少钱"));
        Assert.Contains("2,690.40 元", fee, StringComparison.Ordinal);
        Assert.Contains("1.90 元/㎡·月", fee, StringComparison.Ordinal);

        // A noise complaint: the rule quoted is 松林里's, the ticket goes to the building's assistant on 松林里's roster.
        var complaint = await SayAsync("noise", "楼上装修太吵了，周日一大早就在打钻");
        Assert.Contains("根据《装修须知》", complaint[0], StringComparison.Ordinal);
        Assert.Contains("周六、周日全天不得进行有噪音的施工", complaint[0], StringComparison.Ordinal);
        // The owner is bound to 2栋3单元503 since the repair: 楼上 is 603 of the same unit, and the complaint opens at once.
        Assert.Contains("已为您登记邻里投诉", complaint[1], StringComparison.Ordinal);
        Assert.Contains("2栋3单元603", complaint[1], StringComparison.Ordinal);
        Assert.Matches(@"工单号 \d{8}-\d{4}（2栋3单元603）。礼宾助理将在15分钟内", complaint[1]);

        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'repair.simple' AND building = 2 AND unit = 3 AND room = '503' AND assignee = 'assistant-songtao'"));
        Assert.Equal(1, host.Count("SELECT COUNT(*) FROM tickets WHERE intent = 'complaint.neighbor' AND building = 2 AND unit = 3 AND room = '603' AND assignee = 'assistant-songtao'"));
        Assert.Equal(2, host.Count("SELECT COUNT(*) FROM tickets"));
        Assert.Equal(2, host.Count("SELECT COUNT(*) FROM outbox WHERE recipient_id = 'assistant-songtao'"));

        Assert.All(_said, text => Assert.DoesNotContain(SampleEstate, term => text.Contains(term, StringComparison.Ordinal)));
        foreach (var term in SampleEstate)
        {
            Assert.Equal(0, host.Count($"SELECT COUNT(*) FROM outbox WHERE text LIKE '%{term}%'"));
        }
    }

    /// <summary>One activity to <c>/api/messages</c> with expectReplies (a conversation update when <paramref name="text"/> is null); the replies' texts.</summary>
    private async Task<IReadOnlyList<string>> SayAsync(HttpClient http, string conversation, string? text)
    {
        var activity = new Dictionary<string, object>
        {
            ["type"] = text is null ? "conversationUpdate" : "message",
            ["from"] = new { id = "owner-ouyang" },
            ["conversation"] = new { id = conversation },
            ["deliveryMode"] = "expectReplies",
        };
        if (text is null)
        {
            activity["membersAdded"] = new[] { new { id = "owner-ouyang" } };
        }
        else
        {
            activity["text"] = text;
        }

        using var response = await http.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), activity);
        response.EnsureSuccessStatusCode();
        var texts = new List<string>();
        foreach (var reply in (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activities").EnumerateArray())
        {
            Assert.Equal("松林里小管家", reply.GetProperty("from").GetProperty("name").GetString());
            var said = reply.GetProperty("text").GetString()!;
            if (reply.TryGetProperty("suggestedActions", out var suggested))
            {
                said += " " + string.Join(" ", suggested.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
            }

            texts.Add(said);
        }

        _said.AddRange(texts);
        return texts;
    }
}
