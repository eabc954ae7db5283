namespace ConciergeBot.Knowledge.Estate;

public enum StaffRole
{
    /// <summary>礼宾助理, one per building group, first to receive tickets.</summary>
    Assistant,

    /// <summary>客服主管, the first escalation level.</summary>
    Supervisor,

    /// <summary>管理中心经理, the last escalation level; approves deadline extensions.</summary>
    Manager,

    /// <summary>维修 duty technician, on call 24h.</summary>
    Technician,
}
