namespace ConciergeBot.Tickets;

/// <summary>The ladder a late ticket climbs: the building's assistant, the supervisor (客服主管), the manager (管理中心经理).</summary>
internal enum EscalationLevel
{
    None = 0,
    Assistant = 1,
    Supervisor = 2,
    Manager = 3,
}
