using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Rounds 87 and 88's class: the kitchen and the owner away from home — a range hood, a hob or a lift motor smelling
/// burnt or giving off a little smoke ("油烟机有焦味", "冒了点烟", "电梯停了有股烧焦的味道"), unless it is only the food that
/// burnt; hot oil or boiling water splashed into someone's face or eyes now; a heat detector alarming at a high
/// temperature; the gas left on under a pot by an owner who is out; in English, a smoke-alarm alert with a hazy room on
/// the camera, and an old parent not answering the door after a thud.
/// </summary>
internal static partial class SafetyCues
{
    private const string MachineThatBurns =
        "(抽油烟机|吸油烟机|油烟机|烟机|电磁炉|微波炉|空气炸锅|电饭煲|电饭锅|电水壶|热水壶|洗碗机|消毒柜|烤箱|电饼铛|破壁机|豆浆机|电梯|曳引机|电机|马达)";

    private const string BurntSmellOrSmoke =
        "(焦味|焦糊味|焦胡味|糊味|烧焦(的)?(味|味道|气味)|焦糊(的)?(味道|气味)|电线味|烧塑料(的)?味|塑料烧焦|胶皮味|冒(了|出)(点|一点|些|一些|股|一股)?(烟|黑烟|白烟|青烟)|冒(点|一点|些)(烟|黑烟|白烟)|冒(白烟|黑烟|青烟))";

    /// <summary>
    /// Food burnt in the pot or the oven, oil dripped from an earlier roast, or a neighbour's cooking smoke blown back down
    /// a blocked flue is the smell's source, not the machine.
    /// </summary>
    private const string FoodBurnt = "(炒糊|烧糊|烤糊|煮糊|煎糊|熬糊|糊了|烤焦|炒焦|煎焦|糊锅|锅烧干|烧干了|饭|菜|面包|鸡|肉|鱼|红薯|饼|爆米花|吐司|烧烤|熏|滴的油|滴油|油渍|烟道|倒灌|往回|回烟)";

    [GeneratedRegex("(?<!" + FoodBurnt + "[^。.!！?？]{0,40})" + MachineThatBurns + "(?![^。.!！?？]{0,60}" + FoodBurnt + ")[^。.!！?？]{0,20}" + BurntSmellOrSmoke)]
    private static partial Regex MachineSmellingBurnt();

    [GeneratedRegex("(插座|插头|插排|插线板|排插|电线|开关|充电器|电器|灯座|电箱)[^，。,.!！?？]{0,10}冒(了|出)?(点|一点|些|一些|股|一股)(烟|黑烟|白烟|青烟)")]
    private static partial Regex SocketGivingOffALittleSmoke();

    [GeneratedRegex("(热油|滚油|油|开水|热水|热汤|滚水)[^，。,.!！?？]{0,4}(溅|泼|洒|喷|崩)(到|在|进|了)?[^，。,.!！?？]{0,6}(脸|眼睛|眼里|眼|身上|手上|胳膊|腿上|脚上)(?=[^。.!！?？]{0,20}(睁不开|疼得|痛得|起泡|起了泡|直叫|大哭|哭个不停|烫伤|烫得|红了一大片|看不见))")]
    private static partial Regex ScaldedInTheFaceNow();

    [GeneratedRegex("(温感|感温|温度报警器|温度探测器)[^。.!！?？]{0,8}(报警|在响|响了|一直响)[^。.!！?？]{0,8}[1-9][0-9]{1,2}\\s*(度|℃)|(温感|感温)[^。.!！?？]{0,6}[1-9][0-9]{1,2}\\s*(度|℃)[^。.!！?？]{0,6}(报警|在响|响了|一直响)")]
    private static partial Regex HeatDetectorAlarmingHot();

    [GeneratedRegex("(?=[^。]*(出门|不在家|在外面|在外地|高铁|地铁|火车|飞机|公司|上班|出差|路上|回不去|家里没人|没人在家))((煤气|燃气|天然气|液化气|灶|火)(?=[^，。,.!！?？]{0,4}(开着|没关|忘(了|记)?关))|忘(了|记)?关(火|煤气|燃气|灶))")]
    private static partial Regex GasLeftOnWhileAway();

    [GeneratedRegex(@"\bsmoke (alarm|detector|sensor)s?\b[\s\S]{0,160}\b(hazy|haze|smoky|full of smoke|smoke everywhere|burning smell|smells? (of )?burning)\b|\b(hazy|haze|smoky|burning smell)\b[\s\S]{0,160}\bsmoke (alarm|detector|sensor)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SmokeAlarmWithHazeInEnglish();

    [GeneratedRegex(@"\b(mum|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|granny|parents?|husband|wife|aunt|uncle)\b(?=[^.!?]{0,30}\b(isn'?t|is not|aren'?t|not|hasn'?t been|won'?t|doesn'?t|didn'?t) (answering|opening|picking up|responding)\b[\s\S]{0,120}\b(thud|bang|crash|fell|fall)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NoAnswerAfterAThudInEnglish();
}
