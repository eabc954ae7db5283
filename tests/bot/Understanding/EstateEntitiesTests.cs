using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Bot.Understanding;

/// <summary>The service's entity recognizer checks rooms against the configured estate register, as it is now.</summary>
public sealed class EstateEntitiesTests
{
    [Fact]
    public async Task Rooms_are_checked_against_the_configured_register_and_follow_its_reload()
    {
        var data = TempDirectory.WithShippedEstateData();
        var estate = Path.Combine(data, "estate.json");
        // A tenth building the sample estate does not have (and an eleventh for later), looked after by the garden flats' assistant.
        await File.WriteAllTextAsync(estate, (await File.ReadAllTextAsync(estate)).Replace("\"lastBuilding\": 9", "\"lastBuilding\": 10", StringComparison.Ordinal));
        var roster = Path.Combine(data, "roster.json");
        await File.WriteAllTextAsync(roster, (await File.ReadAllTextAsync(roster)).Replace("[ 7, 8, 9 ]", "[ 7, 8, 9, 10, 11 ]", StringComparison.Ordinal));
        await using var host = await BotTestHost.StartAsync(settings: [$"--Estate:DataPath={data}"]);
        var entities = host.Services.GetRequiredService<EntityExtractor>();

        Assert.False(Room(entities, "10栋1单元301").NotInEstate);
        Assert.True(Room(entities, "11栋1单元301").NotInEstate);

        await File.WriteAllTextAsync(estate, (await File.ReadAllTextAsync(estate)).Replace("\"lastBuilding\": 10", "\"lastBuilding\": 11", StringComparison.Ordinal));
        Assert.True(host.Services.GetRequiredService<KnowledgeStore>().TryReload());

        Assert.False(Room(entities, "11栋1单元301").NotInEstate);
    }

    private static RecognizedEntity Room(EntityExtractor entities, string text) =>
        Assert.Single(entities(text, TimeProvider.System.GetUtcNow()), e => e.Type == EntityTypes.Room);
}
