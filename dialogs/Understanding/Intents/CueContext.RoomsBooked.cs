using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>Shared rooms booked for an occasion: an errand for the concierge assistant.</summary>
internal static partial class CueContext
{
    /// <summary>
    /// "想约一下会所的多功能厅，给儿子过生日", "book the clubhouse function room for Sunday": a shared room booked for an
    /// occasion is an errand for the concierge assistant; how booking works ("怎么预约", "要收费吗", "可以预约吗") stays a question.
    /// </summary>
    public static bool BooksASharedRoom(string text) =>
        SharedRoomBooked().IsMatch(text) && !AsksHowBookingWorks().IsMatch(text) && (!AsksWhetherItMay().IsMatch(text) || AsksUsToDoIt().IsMatch(text));

    /// <summary>"小朋友过生日能借会所办派对吗": whether it may be done, not a booking.</summary>
    [GeneratedRegex("(能|可以|可不可以|能不能|能否|允许|让不让)[^。.!！]*(吗|么|嘛|？|\\?)\\W*$|\\b(can|may) (i|we|tenants|owners)\\b[^.!]*\\?", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhetherItMay();

    /// <summary>"能不能帮我订一下会所的多功能厅": the assistant asked to do it.</summary>
    [GeneratedRegex("帮(我|忙)|给我|麻烦|请你|请帮|\\b(could|can|would) you\\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksUsToDoIt();

    [GeneratedRegex("(约|预约|订|预订|借|(?<!出)租(?!户)|想用|要用|帮我留|留一下)[^，。,.!！?？]{0,8}(会所|多功能厅|多功能室|活动室|活动中心|会议室|宴会厅|聚会厅|棋牌室|茶室|烧烤区|烧烤台|BBQ|篮球场|网球场|羽毛球场)|\\b(book|reserve|hire)\\b[^.!?]{0,30}\\b(clubhouse|function room|party room|meeting room|multi-?purpose room|bbq|tennis court|badminton court)", RegexOptions.IgnoreCase)]
    private static partial Regex SharedRoomBooked();

    [GeneratedRegex("怎么(约|预约|订|借|租)|如何(预约|预订)|(可以|能|能不能|可不可以)[^，。,.!！?？]{0,10}(约|预约|订|借|租)吗|(收费|要钱|多少钱|免费)(吗|么|不)?[？?]?$|收不收费|要不要(钱|收费)|\\b(how (do|can) i|is it (free|possible)|how much)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksHowBookingWorks();
}
