namespace ConciergeBot.Knowledge.Estate;

/// <summary>Who serves whom: assistants per building group, the supervisor, the manager and the duty technicians.</summary>
public sealed class Roster
{
    private readonly Dictionary<int, StaffMember> _assistantByBuilding;

    internal Roster(IReadOnlyList<StaffMember> staff)
    {
        Staff = staff;
        _assistantByBuilding = staff.Where(s => s.Role == StaffRole.Assistant)
            .SelectMany(s => (s.Buildings ?? []).Select(b => (b, s)))
            .ToDictionary(p => p.b, p => p.s);
        ShopsAssistant = Single(staff, s => s.Role == StaffRole.Assistant && s.Shops, "an assistant for the shops");
        Supervisor = Single(staff, s => s.Role == StaffRole.Supervisor, "one supervisor");
        Manager = Single(staff, s => s.Role == StaffRole.Manager, "one manager");
        Technicians = [.. staff.Where(s => s.Role == StaffRole.Technician)];
        Assistants = [.. staff.Where(s => s.Role == StaffRole.Assistant)];
    }

    public IReadOnlyList<StaffMember> Staff { get; }

    public IReadOnlyList<StaffMember> Assistants { get; }

    /// <summary>客服主管 (周华).</summary>
    public StaffMember Supervisor { get; }

    /// <summary>管理中心经理 (孙强).</summary>
    public StaffMember Manager { get; }

    /// <summary>Duty technicians (刘工, 张工).</summary>
    public IReadOnlyList<StaffMember> Technicians { get; }

    /// <summary>The assistant for the shops S101–S120 (赵敏).</summary>
    public StaffMember ShopsAssistant { get; }

    /// <summary>Loads <c>roster.json</c> from <paramref name="dataDirectory"/>.</summary>
    public static Roster Load(string dataDirectory, IReadOnlyList<int> buildings)
    {
        var file = KnowledgeJson.Read(Path.Combine(dataDirectory, "roster.json"), KnowledgeJson.Default.RosterFile);
        var duplicate = file.Staff.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new KnowledgeDataException($"roster.json: staff id '{duplicate.Key}' appears twice.");
        }

        var roster = new Roster(file.Staff);
        var uncovered = buildings.Where(b => !roster._assistantByBuilding.ContainsKey(b)).ToList();
        if (uncovered.Count > 0)
        {
            throw new KnowledgeDataException($"roster.json: no assistant for building(s) {string.Join(", ", uncovered)}.");
        }

        return roster;
    }

    /// <summary>The assistant for a building (1–9); 0 means the shops. Null for an unknown building.</summary>
    public StaffMember? AssistantFor(int building) =>
        building == 0 ? ShopsAssistant : _assistantByBuilding.GetValueOrDefault(building);

    /// <summary>The assistant for a flat or shop.</summary>
    public StaffMember AssistantFor(RoomInfo room) =>
        room.Kind == BuildingKind.Shop ? ShopsAssistant
        : _assistantByBuilding.GetValueOrDefault(room.Building) ?? Supervisor;

    public StaffMember? FindById(string id) => Staff.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    public StaffMember? FindByChatUser(string chatUserId) =>
        Staff.FirstOrDefault(s => string.Equals(s.ChatUserId, chatUserId, StringComparison.Ordinal));

    private static StaffMember Single(IReadOnlyList<StaffMember> staff, Func<StaffMember, bool> match, string what)
    {
        var found = staff.Where(match).ToList();
        return found.Count == 1 ? found[0] : throw new KnowledgeDataException($"roster.json: needs exactly {what}, found {found.Count}.");
    }
}
