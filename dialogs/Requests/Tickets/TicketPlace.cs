namespace ConciergeBot.Dialogs.Requests.Tickets;

/// <summary>
/// Where the problem is: a flat or shop (building 1–9, or 0 for the shops, with the room as written on the door)
/// or a public location, possibly in a building. All empty when an emergency was opened before the owner said where.
/// </summary>
public sealed record TicketPlace(int? Building, int? Unit, string? Room, string? Location)
{
    public static TicketPlace Unknown { get; } = new(null, null, null, null);

    public bool IsKnown => Room is not null || Location is not null || Building is not null;

    public static TicketPlace Flat(int building, int? unit, string room) => new(building, unit, room, null);

    public static TicketPlace Shop(string shop) => new(0, null, shop, null);

    public static TicketPlace Public(string location, int? building = null) => new(building, null, null, location);

    /// <summary>
    /// The place as staff read it: 3栋2单元1202, 5栋1801, 商铺S105, 2栋大堂, 南门停车场; a complaint about a public place
    /// with the flat it came from: 负一层车位B1-136（4栋2单元2202住户反映）.
    /// </summary>
    public string Describe() => (Building, Unit, Room, Location) switch
    {
        (0, _, { } shop, { } l) => $"{l}（商铺{shop}反映）",
        ({ } b, { } u, { } r, { } l) => $"{l}（{b}栋{u}单元{r}住户反映）",
        (0, _, { } shop, _) => "商铺" + shop,
        ({ } b, { } u, { } r, _) => $"{b}栋{u}单元{r}",
        ({ } b, null, { } r, _) => $"{b}栋{r}",
        ({ } b, _, null, { } l) when !l.StartsWith($"{b}栋", StringComparison.Ordinal) => $"{b}栋{l}",
        (_, _, _, { } l) => l,
        ({ } b, _, null, null) => $"{b}栋",
        _ => "地点待确认",
    };
}
