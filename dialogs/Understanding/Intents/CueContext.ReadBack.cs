using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// A read-back asked for (round 96): "你把刚才那个单子登记的内容给我念一遍", "工单上写了什么", "can you read it back to me?" —
/// or who handles the ticket (round 98): "那现在这个单是谁在跟呀？" —
/// the owner wants to hear what the ticket holds or who has it: a question about the ticket, answered from it.
/// </summary>
internal static partial class CueContext
{
    /// <summary>True when the message asks the bot to read back what it registered.</summary>
    public static bool AsksForAReadBack(string text) => ReadBack().IsMatch(text) || (HasLatin(text) && ReadBackInEnglish().IsMatch(text));

    /// <summary>"那现在这个单是谁在跟呀？", "谁负责我这个工单": who is handling the ticket, answered from it.</summary>
    public static bool AsksWhoHandlesTheTicket(string text) => WhoHandlesIt().IsMatch(text);

    [GeneratedRegex("(单|单子|工单)(现在)?(是)?(由)?(谁|哪位|哪个)(在)?(跟|负责|处理|接|管)|(谁|哪位|哪个)(在)?(跟|负责|处理|接)(我的|我这个|这个|那个|刚才的?)(单|单子|工单)")]
    private static partial Regex WhoHandlesIt();

    [GeneratedRegex("(单子|工单|登记|记录)[^。.!！?？]{0,10}(念|读|复述|说|报)(一遍|一下)|(念|读|复述)(一遍|一下)[^。.!！?？]{0,8}(单子|工单|登记|记录)|(登记|记录)(的|下来的)?(内容|了什么|了啥|的是什么)|(单子|工单)(上)?(写|记|登记)(了|的)(什么|啥)")]
    private static partial Regex ReadBack();

    [GeneratedRegex("(?i)\\bread (it |that |the ticket |my ticket |everything )?back\\b|\\bwhat (did|have) you (registered|register|recorded|record|written|write|logged|log)\\b")]
    private static partial Regex ReadBackInEnglish();
}
