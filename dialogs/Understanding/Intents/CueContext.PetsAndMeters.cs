using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Pets and meters (round 96). A pet shut in or fallen is the owner's worry, not a person in danger: "狗被关在里面出不来",
/// "我家猫从18楼掉下去了…附近哪里有能急诊的动物医院"; dog mess in the lift is a complaint however loudly it is told. A supply
/// cut for a balance run out is the utility's matter: "电费预存的用完了…直接断电，app上刚充了，要多久才会来电".
/// </summary>
internal static partial class CueContext
{
    /// <summary>True when a pet is named right before the cue at <paramref name="index"/> ("狗被关在里面").</summary>
    /// <summary>"那张长椅有一条腿断了": the leg of a bench, a chair or a table, not of a person.</summary>
    private static bool FurnitureLegAt(string text, int index) =>
        index < text.Length && text[index] is '腿' or '脚' && FurnitureAtTheEnd().IsMatch(text.AsSpan(Math.Max(0, index - 8), Math.Min(8, index)));

    [GeneratedRegex("(椅|凳|桌|床|柜|架|沙发|茶几|梯子|马扎|台)(子)?(的)?(有)?(一|两|三|四|1|2|3|4)?(条|根|只)?$")]
    private static partial Regex FurnitureAtTheEnd();

    private static bool PetRightBefore(string text, int index) => PetAtTheEnd().IsMatch(text.AsSpan(Math.Max(0, index - 6), Math.Min(6, index)));

    /// <summary>"我家猫从窗台摔下去了，腿好像断了": the writer's own pet opens the message, and no person is named or burns.</summary>
    public static bool OwnPetOnly(string text) => OwnPetFirst().IsMatch(text) && !PersonNamed().IsMatch(text) && !FireNamed().IsMatch(text);

    /// <summary>True when the message asks for a vet for a pet, with no person named hurt.</summary>
    public static bool PetTakenToAVet(string text) => Pet().IsMatch(text) && Vet().IsMatch(text) && !PersonHurt().IsMatch(text);

    /// <summary>True when the message is about an animal's mess, nobody hurt by it.</summary>
    public static bool AnimalMessOnly(string text) => AnimalMess().IsMatch(text) && !PersonHurt().IsMatch(text);

    /// <summary>True when the supply was cut for a balance or a bill unpaid (the utility's matter), not a fault.</summary>
    public static bool CutForABalance(string text) => BalanceRunOut().IsMatch(text) && !BalanceNotTheCause().IsMatch(text);

    /// <summary>Pets and the breeds owners call them by.</summary>
    private const string PetNames = "(狗|狗狗|猫|猫咪|宠物|鹦鹉|兔子|仓鼠|乌龟|金毛|泰迪|柯基|哈士奇|二哈|布偶|英短)";

    [GeneratedRegex(PetNames + "(又|也|都)?(被)?$")]
    private static partial Regex PetAtTheEnd();

    [GeneratedRegex("^(我家|我们家|家里|家里的|我养的)的?" + PetNames)]
    private static partial Regex OwnPetFirst();

    [GeneratedRegex("宠物医院|动物医院|兽医|宠物诊所|动物诊所")]
    private static partial Regex Vet();

    [GeneratedRegex("狗屎|狗粪|狗便|猫屎|猫砂|便便|粑粑|拉屎|屎尿|(狗|猫)(的)?尿|撒尿|(?i:dog (poo|poop|mess))")]
    private static partial Regex AnimalMess();

    [GeneratedRegex("(人|老人|小孩|孩子|宝宝|我|我妈|我爸|奶奶|爷爷)[^，。,.!！?？]{0,6}(摔|滑倒|跌倒|受伤|流血|咬|抓伤|起不来|骨折)")]
    private static partial Regex PersonHurt();

    [GeneratedRegex("(余额不足|欠费|欠缴|(预存|预付|预交)的?(电费|水费|燃气费|钱|金额)?(用完|没了)|(电费|水费|燃气费|气费)(用完了|没交|没缴|忘了交|忘交)|没充(值|钱))[^。.!！?？]{0,20}(断电|停电|没电|断气|停气|没气|断水|停水|没水|打不着|点不着|没热水)|(断电|停电|没电|断气|停气|没气|断水|停水|没水)[^。.!！?？]{0,12}(余额不足|欠费|欠缴|(预存|预付)的?(电费|钱)?用完)")]
    private static partial Regex BalanceRunOut();

    [GeneratedRegex("(不是|没|没有|并没|也没)(欠费|欠缴)|有余额|还有钱|还有余额|交过了|刚交过|已经交|充了[^。.!！?？]{0,8}还是")]
    private static partial Regex BalanceNotTheCause();
}
