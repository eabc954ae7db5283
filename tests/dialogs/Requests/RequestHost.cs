using ConciergeBot.Dialogs.Root;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Tests.Harness;
using ConciergeBot.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace ConciergeBot.Tests.Dialogs.Requests;

/// <summary>The real service with the request dialogs, a keyword classifier and the manual clock.</summary>
internal static class RequestHost
{
    public static Task<BotTestHost> StartAsync(ManualClock? clock = null) =>
        BotTestHost.StartAsync(null, clock, services => services.AddSingleton<IMessageClassifier, RequestClassifier>());

    public static Task<Ticket?> TicketAsync(this BotTestHost host, string number) =>
        host.Services.GetRequiredService<TicketBoard>().FindAsync(number, CancellationToken.None);

    /// <summary>An occupied flat of the sample register and the last four digits of its owner's mobile.</summary>
    public static (RoomInfo Room, string LastFour) OccupiedFlat(this BotTestHost host, int building, int? unit = null)
    {
        var room = host.Services.GetRequiredService<KnowledgeStore>().Current.Register.Rooms
            .Where(r => r.Building == building && r.Unit is not null && (unit is null || r.Unit == unit) && r.Owner is not null)
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .First();
        return (room, room.Owner!.MobileLast4);
    }
}
