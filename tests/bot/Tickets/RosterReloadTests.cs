using System.Text.Json.Nodes;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Tickets;

/// <summary>roster.json is hot-reloaded: a building handed to another assistant gets its next tickets there, without a restart.</summary>
public sealed class RosterReloadTests
{
    [Fact]
    public async Task A_building_reassigned_in_the_roster_sends_new_tickets_to_the_new_assistant()
    {
        var estate = TempDirectory.WithShippedEstateData();

        await using var host = await BotTestHost.StartAsync(settings: [$"--Estate:DataPath={estate}"]);
        var desk = host.Services.GetRequiredService<ITicketDesk>();
        var draft = new TicketDraft("repair.simple", null, new TicketOwner("owner-1"), TicketPlace.Flat(3, 2, "1202"), "厨房水龙头坏了");
        Assert.Equal("王磊", (await desk.OpenAsync(draft, default)).Assignee);

        var path = Path.Combine(estate, "roster.json");
        var roster = JsonNode.Parse(File.ReadAllText(path))!;
        foreach (var member in roster["staff"]!.AsArray())
        {
            var id = member!["id"]!.GetValue<string>();
            if (id == "assistant-wanglei")
            {
                member["buildings"] = new JsonArray(4);
            }
            else if (id == "assistant-lijing")
            {
                member["buildings"] = new JsonArray(1, 2, 3);
            }
        }

        File.WriteAllText(path, roster.ToJsonString());
        Assert.True(host.Services.GetRequiredService<KnowledgeStore>().TryReload());

        Assert.Equal("李静", (await desk.OpenAsync(draft, default)).Assignee);
    }
}
