using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Tests.Knowledge.Estate;

public class EstateRegisterTests
{
    private static readonly EstateRegister Register = EstateRegister.Load(Path.Combine(AppContext.BaseDirectory, "Data"));

    [Theory]
    [InlineData(3, 1, 1202, 12, 128, BuildingKind.HighRise)]
    [InlineData(1, 2, 601, 6, 89, BuildingKind.HighRise)]
    [InlineData(6, 1, 1204, 12, 105, BuildingKind.HighRise)]
    [InlineData(4, 2, 3203, 32, 128, BuildingKind.HighRise)]
    [InlineData(8, 1, 302, 3, 165, BuildingKind.Garden)]
    [InlineData(7, 2, 601, 6, 143, BuildingKind.Garden)]
    public void Flat_has_floor_area_and_kind_by_position(int building, int unit, int room, int floor, int area, BuildingKind kind)
    {
        var info = Register.TryGetRoom(building, unit, room);

        Assert.NotNull(info);
        Assert.Equal(floor, info.Floor);
        Assert.Equal(area, info.AreaSqm);
        Assert.Equal(kind, info.Kind);
        Assert.Equal($"{building}-{unit}-{room}", info.Key);
    }

    [Theory]
    [InlineData(3, 1, 3301)] // high-rise has 32 floors
    [InlineData(3, 3, 1202)] // two units
    [InlineData(3, 1, 1205)] // four rooms per floor
    [InlineData(8, 1, 303)] // garden flats: two rooms per floor
    [InlineData(8, 1, 701)] // six floors
    [InlineData(10, 1, 101)] // nine buildings
    public void Nonexistent_flat_is_not_found(int building, int unit, int room) =>
        Assert.Null(Register.TryGetRoom(building, unit, room));

    [Fact]
    public void Register_holds_every_flat_and_shop()
    {
        // 6 high-rise × 2 units × 32 floors × 4 + 3 garden × 2 × 6 × 2 + 20 shops
        Assert.Equal(1536 + 72 + 20, Register.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], Register.Buildings);
    }

    [Theory]
    [InlineData("S101")]
    [InlineData("s105")]
    [InlineData("S120")]
    public void Shops_are_sixty_square_metres(string shop)
    {
        var info = Register.TryGetShop(shop);

        Assert.NotNull(info);
        Assert.Equal(BuildingKind.Shop, info.Kind);
        Assert.Equal(60m, info.AreaSqm);
        Assert.Equal(shop.ToUpperInvariant(), info.Key);
    }

    [Fact]
    public void Shop_outside_the_street_range_is_not_found() => Assert.Null(Register.TryGetShop("S121"));

    [Theory]
    [InlineData("3-2-1202", 128)]
    [InlineData("5--801", 89)]
    [InlineData("S105", 60)]
    [InlineData("9-1-102", 165)]
    public void Entity_keys_resolve_to_rooms(string key, int area) => Assert.Equal(area, Register.TryGetRoom(key)?.AreaSqm);

    [Fact]
    public void Room_without_unit_gives_area_but_no_occupant()
    {
        var info = Register.TryGetRoom(3, null, 1202);

        Assert.NotNull(info);
        Assert.Null(info.Unit);
        Assert.Null(info.Owner);
        Assert.Equal("3--1202", info.Key);
        Assert.Equal(2, Register.Candidates(3, 1202).Count);
    }

    [Fact]
    public void Fixed_owner_binds_by_last_four_digits_only()
    {
        var info = Register.TryGetRoom("3-1-1202")!;

        Assert.Equal("王先生", info.Owner!.FormalName);
        Assert.Equal("138****5678", info.Owner.MaskedMobile);
        Assert.Equal("5678", info.Owner.MobileLast4);
        Assert.True(info.IsRegisteredMobile("5678"));
        Assert.False(info.IsRegisteredMobile("1234"));
        Assert.Equal(new DateOnly(2021, 3, 18), info.Owner.Since);
        Assert.False(info.Vacant);
    }

    [Fact]
    public void Tenant_can_bind_as_well_as_owner()
    {
        var info = Register.TryGetRoom("2-1-1504")!;

        Assert.NotNull(info.Tenant);
        Assert.True(info.IsRegisteredMobile(info.Tenant.MobileLast4));
        Assert.True(info.IsRegisteredMobile(info.Owner!.MobileLast4));
    }

    [Fact]
    public void Sample_register_has_mostly_owners_some_vacant_flats_and_a_few_tenants()
    {
        var rooms = Register.Rooms.ToList();
        var owned = rooms.Count(r => r.Owner is not null);
        var vacant = rooms.Count(r => r.Vacant);
        var tenants = rooms.Count(r => r.Tenant is not null);

        Assert.InRange(owned, rooms.Count * 85 / 100, rooms.Count);
        Assert.InRange(vacant, 20, rooms.Count / 4);
        Assert.InRange(tenants, 5, rooms.Count / 10);
        Assert.All(rooms.Where(r => r.Owner is not null), r => Assert.Matches(@"^1\d{2}\*{4}\d{4}$", r.Owner!.MaskedMobile));
        Assert.True(Register.TryGetRoom("1-1-601")!.Vacant);
        Assert.Null(Register.TryGetRoom("1-2-601")!.Owner);
    }

    [Fact]
    public void Generated_register_is_identical_on_every_load()
    {
        var again = EstateRegister.Load(Path.Combine(AppContext.BaseDirectory, "Data"));

        Assert.Equal(Register.Rooms.OrderBy(r => r.Key), again.Rooms.OrderBy(r => r.Key));
        Assert.Equal("翠湖苑", again.Profile.Name);
    }

    [Fact]
    public void The_example_address_shown_to_owners_is_a_flat_of_the_estate()
    {
        Assert.Equal("3栋2单元1602", Register.ExampleFlat.DisplayName);
        Assert.Equal("S101", Register.ExampleShop!.Room);
    }
}
