using System.Globalization;

namespace ConciergeBot.Knowledge.Estate;

/// <summary>
/// Builds the sample register from the layout and the generation rules. Every attribute of a flat is derived
/// from the seed and the flat's key alone, so the register is identical on every run and independent of order;
/// the rules' fixed rows then override individual flats.
/// </summary>
internal static class RegisterGenerator
{
    private static readonly string[] Honorifics = ["先生", "女士"];

    public static Dictionary<string, RoomInfo> Generate(EstateLayoutFile layout, RegisterRulesFile rules)
    {
        var rooms = new Dictionary<string, RoomInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in layout.Blocks)
        {
            for (var building = block.FirstBuilding; building <= block.LastBuilding; building++)
            {
                for (var unit = 1; unit <= block.Units; unit++)
                {
                    for (var floor = 1; floor <= block.Floors; floor++)
                    {
                        foreach (var (position, area) in block.AreaByPosition)
                        {
                            var room = (floor * 100 + position).ToString(CultureInfo.InvariantCulture);
                            var info = Occupy(new RoomInfo(building, unit, room, floor, area, block.Kind, null, true), rules);
                            rooms.Add(info.Key, info);
                        }
                    }
                }
            }
        }

        for (var number = layout.Shops.First; number <= layout.Shops.Last; number++)
        {
            var shop = "S" + number.ToString(CultureInfo.InvariantCulture);
            var info = Occupy(new RoomInfo(0, null, shop, 1, layout.Shops.AreaSqm, BuildingKind.Shop, null, true), rules);
            rooms.Add(info.Key, info);
        }

        foreach (var row in rules.Fixed)
        {
            if (!rooms.TryGetValue(row.Room, out var room))
            {
                throw new KnowledgeDataException($"owners.json: fixed row names an unknown room '{row.Room}'.");
            }

            rooms[room.Key] = ApplyFixed(room, row);
        }

        return rooms;
    }

    private static RoomInfo Occupy(RoomInfo room, RegisterRulesFile rules)
    {
        var key = room.Key;
        var seed = rules.Seed;
        if (StableHash.Pick(seed, key, "unsold", 100) < rules.UnsoldPercent)
        {
            return room;
        }

        var span = rules.MoveInUntil.DayNumber - rules.Handover.DayNumber;
        var moveIn = rules.Handover.AddDays(StableHash.Pick(seed, key, "movein", Math.Max(span, 1)));
        var vacant = StableHash.Pick(seed, key, "vacant", 100) < rules.VacantPercent;
        var owner = Person(rules, key, "owner", vacant ? null : moveIn);
        Resident? tenant = null;
        if (!vacant && StableHash.Pick(seed, key, "tenant", 100) < rules.TenantPercent)
        {
            var leaseStart = moveIn.AddDays(StableHash.Pick(seed, key, "lease", Math.Max(rules.MoveInUntil.DayNumber - moveIn.DayNumber, 1)));
            tenant = Person(rules, key, "tenant", leaseStart);
        }

        return room with { Owner = owner, Vacant = vacant, Tenant = tenant };
    }

    private static Resident Person(RegisterRulesFile rules, string key, string role, DateOnly? since)
    {
        var seed = rules.Seed;
        var surname = rules.Surnames[StableHash.Pick(seed, key, role + ".surname", rules.Surnames.Count)];
        var honorific = Honorifics[StableHash.Pick(seed, key, role + ".honorific", Honorifics.Length)];
        var prefix = rules.MobilePrefixes[StableHash.Pick(seed, key, role + ".prefix", rules.MobilePrefixes.Count)];
        var last4 = StableHash.Pick(seed, key, role + ".last4", 10000).ToString("D4", CultureInfo.InvariantCulture);
        return new Resident(surname, honorific, $"{prefix}****{last4}", since);
    }

    private static RoomInfo ApplyFixed(RoomInfo room, FixedOccupancy row)
    {
        if (row.Unsold)
        {
            return room with { Owner = null, Tenant = null, Vacant = true };
        }

        if (row.Surname is null || row.Honorific is null || row.Mobile is null || !IsMaskedMobile(row.Mobile))
        {
            throw new KnowledgeDataException(
                $"owners.json: fixed row '{row.Room}' needs surname, honorific and a masked mobile like 138****5678.");
        }

        var owner = new Resident(row.Surname, row.Honorific, row.Mobile, row.Vacant ? null : row.MoveIn);
        var tenant = row.Tenant is { } t ? new Resident(t.Surname, t.Honorific, t.Mobile, t.Since) : null;
        if (tenant is not null && !IsMaskedMobile(tenant.MaskedMobile))
        {
            throw new KnowledgeDataException($"owners.json: tenant of '{row.Room}' needs a masked mobile like 138****5678.");
        }

        return room with { Owner = owner, Tenant = tenant, Vacant = row.Vacant };
    }

    private static bool IsMaskedMobile(string mobile) =>
        mobile.Length == 11 && mobile.AsSpan(3, 4).SequenceEqual("****")
        && !mobile.AsSpan(0, 3).ContainsAnyExceptInRange('0', '9')
        && !mobile.AsSpan(7).ContainsAnyExceptInRange('0', '9');
}
