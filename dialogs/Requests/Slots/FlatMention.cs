namespace ConciergeBot.Dialogs.Requests.Slots;

/// <summary>Whose flat a mention is: the writer's own (我家/我住/我是…的), another household's (楼上/隔壁/对面), or not said.</summary>
public enum FlatRole
{
    Unknown,
    Self,
    Other,
}

/// <summary>Where another household lives relative to the writer: 楼上, 楼下, 隔壁/对门 (same floor), 对面 (another building).</summary>
public enum FlatRelation
{
    None,
    Above,

    /// <summary>"楼上的楼上": two floors up.</summary>
    TwoAbove,
    Below,
    SameFloor,
    Opposite,
}

/// <summary>
/// A flat named in a message: a full address of the register (<see cref="Key"/>, "3-2-1202"), or a part of one
/// that the dialog completes from the writer's home — a room number alone ("楼上1302", "是3002"), or only a
/// relation ("楼上那家").
/// </summary>
public sealed record FlatMention(string? Key, int? Room, FlatRole Role, FlatRelation Relation, bool NotInEstate)
{
    /// <summary>A full address the register has.</summary>
    public bool IsComplete => Key is not null && !NotInEstate;
}
