using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Danger at the festivals, in a flat being renovated and in a family's day, told without the usual alarm words:
/// fireworks shooting at people, a worker fallen from a balcony, a gas pipe knocked and smelling, someone climbing in,
/// someone collapsed somewhere, a confused parent or a child gone missing; and two lift faults that strand or scare.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"那箱烟花倒了，正往人堆里射", "往下扔鞭炮，炸到我儿子脸了": fireworks or firecrackers hitting people.</summary>
    [GeneratedRegex("(烟花|鞭炮|炮仗|爆竹|礼花|礼炮|冲天炮|二踢脚|窜天猴|擦炮|花炮)[^。.!！?？]{0,16}(往人|朝人|冲着人|对着人|人堆|人群|射到人|射向|炸到|炸伤|崩到|崩伤|打到|蹦到)|(炸到|炸伤|崩到|崩伤)[^，。,.!！?？]{0,4}(脸|眼睛|眼|手|头|人|孩子|小孩|儿子|女儿|老人|小朋友)")]
    private static partial Regex FireworksAtPeople();

    /// <summary>"装修师傅从阳台摔下去了", "工人从梯子上掉下来了": a person fallen from a height.</summary>
    [GeneratedRegex("(师傅|工人|装修工|电工|保洁|阿姨|大爷|老人|孩子|小孩|儿子|女儿|老公|老婆|我爸|我妈|他|她|人)[^，。,.!！?？]{0,6}从[^，。,.!！?？]{0,4}(阳台|窗户|窗台|窗口|梯子|人字梯|脚手架|屋顶|天台|楼顶|高处|架子|吊篮|二楼|三楼|楼上)[^，。,.!！?？]{0,2}(摔|掉|跌|滚|坠|栽)(了)?(下去|下来|到)")]
    private static partial Regex PersonFellFromAHeight();

    /// <summary>"改水管的时候把燃气管给碰了，现在有很大一股味道": a gas pipe knocked, and a smell or hiss now.</summary>
    [GeneratedRegex("(燃气|煤气|天然气|液化气)(管|管道|管子|阀门|阀|表)[^。.!！?？]{0,8}(碰|弄|撞|钻|打|割|切|挖|拆|动|砸)(了|坏|破|断|穿|到|松)[^。.!！?？]{0,24}(味|嘶嘶|漏气|跑气)")]
    private static partial Regex GasPipeKnocked();

    /// <summary>"隔壁装修的人翻阳台进我家了，我现在躲在卧室不敢出去": someone climbing in, the owner hiding.</summary>
    [GeneratedRegex("(翻|爬)(过)?(阳台|栏杆|围墙|墙|窗)[^，。,.!！?？]{0,2}(进|到)(了)?(我家|家里|屋里|我们家|来|屋)|躲在(卧室|房间|厕所|卫生间|衣柜|柜子|房里)[^。.!！?？]{0,6}(不敢出|不敢动|不敢出声|不敢开门)")]
    private static partial Regex ClimbedIn();

    /// <summary>"我爸倒在楼梯间了": someone collapsed somewhere (not asleep on a sofa).</summary>
    [GeneratedRegex("(我爸|我妈|爸爸|妈妈|老人|老公|老婆|爷爷|奶奶|外公|外婆|姥姥|姥爷|大爷|阿姨|老太太|老头|孩子|小孩|儿子|女儿|邻居|有人|一个人|他|她)[^，。,.!！?？]{0,3}(晕|昏|突然)?倒在(了)?[^，。,.!！?？]{0,6}(楼梯|楼道|地上|地下|门口|电梯|路上|路边|卫生间|厕所|浴室|床边|客厅|厨房|车库|地库|消防通道|草地|花园|大堂|走廊|阳台)")]
    private static partial Regex CollapsedSomewhere();

    /// <summary>"我爸有老年痴呆…自己出门了…找了一圈都没找到", "孩子不见了": a vulnerable person missing now.</summary>
    [GeneratedRegex("(老年痴呆|痴呆|失智|认知症|阿尔茨海默|糊涂)[^。.!！?？]{0,40}?(走丢|走失|跑出去|自己出门|一个人出门|不见了|找不到|没找到)|(孩子|小孩|儿子|女儿|孙子|孙女|宝宝|小朋友|老人|我爸|我妈|爷爷|奶奶|外公|外婆)[^，。,.!！?？]{0,4}(走丢了|走失了|不见了|找不到了|找不着了)")]
    private static partial Regex SomeoneMissing();

    /// <summary>"阀门坏了，关不上，一直往外冒", "楼上往我家滴水，滴到床上了，这会儿还在滴": water that will not stop coming in.</summary>
    [GeneratedRegex("(阀门|阀|水阀|总阀|角阀|水龙头|龙头|水喉)[^。.!！?？]{0,8}(关不上|关不住|关不了|拧不紧)[^。.!！?？]{0,10}(往外冒|一直冒|喷|一直流|哗哗|往外流)|(往|向)(我家|家里|屋里)[^，。,.!！?？]{0,4}(滴水|渗水|漏水)[^。.!！?？]{0,16}(还在滴|一直滴|不停地?滴|滴到床|滴到地|滴个不停)")]
    private static partial Regex WaterThatWillNotStop();

    /// <summary>"楼道的烟感半夜响了三次，吵得整层都没法睡": an alarm at night that keeps people from rest.</summary>
    [GeneratedRegex("(烟感|火警铃|火警钟|警报器|报警器|警铃)[^。.!！?？]{0,10}(半夜|凌晨|夜里|晚上)[^。.!！?？]{0,6}响|(半夜|凌晨|夜里)[^。.!！?？]{0,8}(烟感|火警铃|火警钟|警报器|报警器|警铃)[^。.!！?？]{0,6}响")]
    private static partial Regex AlarmAtNight();

    /// <summary>"阳台的水都流到客厅了": water running into the rooms.</summary>
    [GeneratedRegex("水[^，。,.!！?？]{0,4}(流到|漫到|淌到|灌到|流进|漫进|灌进)(了)?(客厅|卧室|屋里|房间|家里|室内|厨房|床底)")]
    private static partial Regex WaterIntoTheRooms();

    /// <summary>"碎玻璃散晒一地": broken glass across a floor people walk on.</summary>
    [GeneratedRegex("(碎玻璃|玻璃渣|玻璃碴|碎渣)[^。.!！?？]{0,6}(一地|满地|散落|散晒|散了|到处|撒了)|玻璃(门)?[^。.!！?？]{0,4}碎了[^。.!！?？]{0,6}(一地|满地|到处都是|碎渣)")]
    private static partial Regex BrokenGlassEverywhere();

    /// <summary>"隻金毛喺lift度屙尿，個主人唔抹就走咗": a pet's mess left by its owner.</summary>
    [GeneratedRegex("(狗|金毛|泰迪|柯基|哈士奇|猫|宠物)[^。.!！?？]{0,10}(屙尿|屙屎|拉屎|拉尿|撒尿|尿尿|便便|拉了)[^。.!！?？]{0,12}(不(清理|收拾|管|擦|打扫)|唔(抹|执|理|清)|就走|走咗|走了)")]
    private static partial Regex PetMessLeft();

    /// <summary>"电梯下降的时候突然往下一沉": a lift that dropped or slid — unsafe even if it still runs.</summary>
    [GeneratedRegex("电梯[^。.!！?？]{0,12}(往下一沉|突然一沉|突然下坠|下坠|溜梯|往下掉了|掉了一截|冲顶|蹲底|急坠|猛地往下)")]
    private static partial Regex LiftDropped();
}
