using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Danger and disturbance told at night and by tenants (round 24): smoke too thick to see through, works started in the
/// hours of rest.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"楼道里好大烟味，看不清了": smoke (even called a smell) too thick to see or breathe through.</summary>
    [GeneratedRegex("(烟|烟味|烟雾)[^。.!！?？]{0,6}(看不清|看不见(路|东西|人)?|睁不开眼|喘不过气|透不过气)")]
    private static partial Regex SmokeTooThickToSee();

    /// <summary>"七点就开始砸墙了", "大清早就在电钻": works started early in the morning, at night or at noon — a neighbour's doing.</summary>
    [GeneratedRegex("(一大早|大清早|清早|早上[六七]点|凌晨|半夜|大半夜|午休|[六七]点(钟)?(多)?)[^，。,.!！?？]{0,3}就(开始)?(在)?(砸墙|电钻|打钻|钻墙|敲墙|切瓷砖|装修|敲敲打打|叮叮当当)")]
    private static partial Regex WorksInRestHours();

    /// <summary>"视频里我爸躺在地上不动", "摄像头里看到厨房在冒烟": danger seen now on a camera or a video call.</summary>
    [GeneratedRegex("(视频里|视频上|摄像头|监控里|监控上|镜头里|画面里)[^。.!！?？]{0,12}(躺在地上|倒在地上|倒地|一动不动|不动了|冒烟|烧起来|着火|起火|有火|有人在?(撬|砸|翻))")]
    private static partial Regex SeenOnACamera();

    /// <summary>"燃气app推送说浓度超标了", "煤气报警 家里没人": a gas alarm or its app going off now.</summary>
    [GeneratedRegex("(燃气|煤气|天然气)(报警器?|探测器|app|APP)?[^。.!！?？]{0,8}(响了|在响|一直响|报警了|推送|浓度超标)|(燃气|煤气|天然气)报警(?=[ ，,]*(家里没人|没人在家|屋里没人))|浓度超标")]
    private static partial Regex GasAlarmGoingOff();
}
