using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Weather, the shops at night and angry owners: rain driven into a room now, a tree lying on a car or across a path,
/// a shop's racket in the small hours (another party's nuisance, like a neighbour's).
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"窗户吹开了，雨一直往屋里灌", "雨水直接打进卧室": rain coming into a room now (not "一下雨就往里飘", a door to fix).</summary>
    [GeneratedRegex("(雨|雨水)[^，。,.!！?？]{0,4}(一直|不停|哗哗|直接|全)?(往|灌|打|飘|泼)(进)?(屋|家|房间|卧室|客厅|床上)(里)?")]
    private static partial Regex RainPouringIn();

    /// <summary>"樓上滲水滴到我客廳，一直在滴": water coming through onto a room or a bed, still dripping.</summary>
    [GeneratedRegex("(滴|漏|渗|流)(到|进|在)(我家|我的|我|家里)?[^，。,.!！?？]{0,3}(客厅|卧室|床上|床|屋里|房间|厨房|沙发|桌上)[^。.!！?？]{0,24}(一直|不停|还在|越来越)(在)?(滴|漏|流|淌)")]
    private static partial Regex LeakOntoTheRoomNow();

    /// <summary>"有棵树倒在我车上了…树还压着", "大树断了横在路中间": a tree down on a car or across a way.</summary>
    [GeneratedRegex("(树|树枝|树干|大树)[^，。,.!！?？]{0,4}(倒|断|砸|压|横)(了|下来)?(在|到)[^，。,.!！?？]{0,6}(车|路|路上|路中间|通道|门口|人行道|过道|车道|出口|入口)|(树|树枝|树干)[^，。,.!！?？]{0,2}(还)?(压着|横着|挡着)")]
    private static partial Regex TreeDownAcrossAWay();

    /// <summary>"烧烤店半夜收摊…叮当响，一点多了": a shop's racket in the quiet hours — the shop's nuisance, like a neighbour's.</summary>
    [GeneratedRegex("(烧烤|饭店|餐馆|餐厅|面馆|奶茶店|火锅店|大排档|酒吧|KTV|ktv|歌厅|麻将馆|棋牌室|商铺|店铺|店家|那家店|小店|底商)(?=[^。!?！？]{0,30}(响|吵|轰|闹|吼|嚷|喊|划拳|音乐|唱歌|砸|摔))(?=[^。!?！？]{0,30}(半夜|凌晨|深夜|夜里|[一两二三四]点多|十二点|零点|[1１]?[12]点半?(了|还|多)))|(半夜|凌晨|深夜|夜里|[一两二三四]点多|十二点|零点|[1１]?[12]点半?(了|还|多))[^。!?！？]{0,8}(烧烤|饭店|餐馆|餐厅|面馆|奶茶店|火锅店|大排档|酒吧|KTV|ktv|歌厅|麻将馆|棋牌室|商铺|店铺|店家|那家店|小店|底商)(?=[^。!?！？]{0,24}(响|吵|轰|闹|吼|嚷|喊|划拳|音乐|唱歌|砸|摔))")]
    private static partial Regex ShopRacketAtNight();
}
