using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Fees;

namespace ConciergeBot.Dialogs.Handbook;

/// <summary>
/// Questions answered from the register and roster rather than the handbook text: the area of a given room,
/// the assistant for a building or the shops, and who a named member of staff is.
/// </summary>
internal static class EstateQuestionReader
{
    private static readonly string[] AssistantCues = ["管家", "礼宾", "助理", "找谁", "谁管", "归谁", "哪个", "负责", "分机", "电话", "联系"];

    public static (string Text, string SourceId)? TryAnswer(ParsedQuestion question, EstateRegister register, Roster roster) =>
        RoomArea(question, register) ?? NamedStaff(question, roster) ?? BuildingAssistant(question, register, roster);

    private static (string, string)? RoomArea(ParsedQuestion question, EstateRegister register)
    {
        if (!question.Mentions(FeeCues.Area) || question.First(EntityTypes.Room) is not { } entity)
        {
            return null;
        }

        if (register.TryGetRoom(entity.Value) is not { } room)
        {
            return ($"没有查到{entity.Text}这个房号，请您核对一下楼栋、单元和房号。", "estate.areas");
        }

        var position = room.Kind == BuildingKind.Shop ? "" : $"{room.Room[^2..]} 户，";
        return ($"{room.DisplayName}是{room.Kind.ChineseName()}，{position}建筑面积 {Yuan.FormatQuantity(room.AreaSqm)}㎡。", "estate.areas");
    }

    private static (string, string)? NamedStaff(ParsedQuestion question, Roster roster)
    {
        var member = roster.Staff.FirstOrDefault(s => question.Mentions(s.Name));
        if (member is null)
        {
            return null;
        }

        var text = member.Role switch
        {
            StaffRole.Assistant => $"{member.Name}是{member.CoverageText}的礼宾助理（管家），分机 {member.Extension}。",
            StaffRole.Supervisor => $"{member.Name}是客服主管。",
            StaffRole.Manager => $"{member.Name}是管理中心经理。",
            _ => $"{member.Name}是值班维修师傅，24 小时待命，报修请拨打服务热线。",
        };
        return (text, member.Role == StaffRole.Assistant ? "contact.assistants" : member.Role == StaffRole.Technician ? "contact.technicians" : "contact.management");
    }

    private static (string, string)? BuildingAssistant(ParsedQuestion question, EstateRegister register, Roster roster)
    {
        if (!question.Mentions(AssistantCues))
        {
            return null;
        }

        var building = BuildingMentioned(question, register);
        var assistant = building is { } b ? roster.AssistantFor(b) : null;
        if (assistant is null)
        {
            return null;
        }

        var place = building == 0 ? "商铺" : $"{building}栋";
        return ($"{place}由礼宾助理（管家）{assistant.Name}负责（{assistant.CoverageText}），分机 {assistant.Extension}，"
            + $"拨打服务热线 {register.Profile.ServiceCentre.Hotline} 转分机即可。", "contact.assistants");
    }

    /// <summary>The building a question names: from a room entity, a number followed by 栋/号楼, or a shop (0).</summary>
    private static int? BuildingMentioned(ParsedQuestion question, EstateRegister register)
    {
        if (question.First(EntityTypes.Room) is { } room && register.TryGetRoom(room.Value) is { } info)
        {
            return info.Building;
        }

        foreach (var number in question.All(EntityTypes.Number))
        {
            if (question.After(number, 2) is var after && (after.StartsWith('栋') || after.StartsWith("号楼", StringComparison.Ordinal) || after.StartsWith('幢'))
                && int.TryParse(number.Value, out var building) && register.Buildings.Contains(building))
            {
                return building;
            }
        }

        for (var i = 0; i + 1 < question.Text.Length; i++)
        {
            if (char.IsAsciiDigit(question.Text[i]) && (i == 0 || !char.IsAsciiDigit(question.Text[i - 1]))
                && question.Text[i + 1] is '栋' or '幢' or '号' && register.Buildings.Contains(question.Text[i] - '0'))
            {
                return question.Text[i] - '0';
            }
        }

        return question.Mentions("商铺", "店铺", "铺面", "门面") ? 0 : null;
    }
}
