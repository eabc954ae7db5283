using ConciergeBot.Knowledge;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Tests.Knowledge.Estate;

public class RosterTests
{
    private static readonly EstateData Estate = EstateData.Load(Path.Combine(AppContext.BaseDirectory, "Data"));

    [Theory]
    [InlineData(1, "李静", "8101")]
    [InlineData(2, "李静", "8101")]
    [InlineData(3, "王磊", "8102")]
    [InlineData(4, "王磊", "8102")]
    [InlineData(5, "陈晓", "8103")]
    [InlineData(6, "陈晓", "8103")]
    [InlineData(7, "赵敏", "8104")]
    [InlineData(9, "赵敏", "8104")]
    [InlineData(0, "赵敏", "8104")]
    public void Each_building_has_its_assistant(int building, string name, string extension)
    {
        var assistant = Estate.Roster.AssistantFor(building);

        Assert.NotNull(assistant);
        Assert.Equal(name, assistant.Name);
        Assert.Equal(extension, assistant.Extension);
        Assert.Equal(StaffRole.Assistant, assistant.Role);
    }

    [Fact]
    public void Shops_belong_to_zhao_min()
    {
        var shop = Estate.Register.TryGetShop("S110")!;

        Assert.Equal("赵敏", Estate.Roster.AssistantFor(shop).Name);
        Assert.Equal("7–9栋及商铺", Estate.Roster.ShopsAssistant.CoverageText);
    }

    [Fact]
    public void Escalation_chain_and_technicians_are_named()
    {
        Assert.Equal("周华", Estate.Roster.Supervisor.Name);
        Assert.Equal("孙强", Estate.Roster.Manager.Name);
        Assert.Equal(["刘工", "张工"], Estate.Roster.Technicians.Select(t => t.Name));
        Assert.All(Estate.Roster.Staff, s => Assert.False(string.IsNullOrEmpty(s.WeComMobile)));
        Assert.Equal("138****8101", Estate.Roster.FindById("assistant-lijing")!.MaskedMobile);
    }

    [Fact]
    public void Roster_missing_a_building_is_rejected()
    {
        var dir = Directory.CreateTempSubdirectory("roster");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "roster.json"), """
                { "staff": [
                  { "id": "a", "name": "甲", "role": "Assistant", "mobile": "13800000000", "buildings": [1], "shops": true },
                  { "id": "s", "name": "乙", "role": "Supervisor", "mobile": "13800000001" },
                  { "id": "m", "name": "丙", "role": "Manager", "mobile": "13800000002" } ] }
                """);

            var error = Assert.Throws<KnowledgeDataException>(() => Roster.Load(dir.FullName, [1, 2]));
            Assert.Contains("building(s) 2", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
