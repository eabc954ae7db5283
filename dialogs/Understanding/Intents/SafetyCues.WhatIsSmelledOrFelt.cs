using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Danger told by what is smelled, felt or seen rather than named (round 12): gas by its smell (臭鸡蛋, a smell by the
/// stove that is not as usual, "that smell" back and stronger), someone outside a railing or on a ledge, a heavy thing
/// that fell from height beside someone, a small child behind a door locked from inside, an electric shock that left
/// numbness or slurred speech, something harmful swallowed, a person named inside a lift that will not open. Each is
/// read in its context by <see cref="CueContext"/> like every other cue.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"一股像臭鸡蛋的味", "灶台那边味道很冲，跟平时不一样", "燃气…又是那个味儿，比上次还浓": gas told by its smell.</summary>
    [GeneratedRegex("(像|好像|跟|一股|股|有点|有种|类似)[^，。,.!！?？]{0,4}(臭鸡蛋|烂鸡蛋|坏鸡蛋|臭蛋)|(臭鸡蛋|烂鸡蛋|坏鸡蛋)(的|一样的|似的)?(味|臭|气)|(燃气灶|煤气灶|灶台|燃气表|燃气管|煤气管|燃气|煤气|天然气|液化气|热水器)[^。.!！?？]{0,8}(味道|味儿|气味|怪味)[^。.!！?？]{0,10}(很冲|好冲|特别冲|冲鼻|刺鼻|很浓|好浓|越来越浓|不对劲|跟平时不一样|和平时不一样|呛)|(?<=(燃气|煤气|天然气|液化气)[^。.!！?？]{0,40})(又是|又有|又闻到|又来了)[^，。,.!！?？]{0,4}(那个|那股|这个|这股)?(味儿|味道|气味|怪味)|(?<=(燃气|煤气|天然气|液化气)[^。.!！?？]{0,40})(味儿|味道|气味)[^，。,.!！?？]{0,3}(又来了|比上次还|比之前还|比昨天还|越来越)")]
    private static partial Regex GasBySmell();

    /// <summary>"有个人站出栏杆外面", "翻过护栏坐在楼顶边上", "someone on the ledge": a person outside a railing or at an edge.</summary>
    [GeneratedRegex("(人|男的|女的|男人|女人|小孩|孩子|老人|学生|小伙|姑娘|阿伯|阿婆|小朋友)[^，。,.!！?？]{0,6}(站|坐|爬|翻|跨|蹲|挂|吊)(了|在|到|着|出|过|上)?[^，。,.!！?？]{0,3}(栏杆|护栏|围栏|女儿墙|窗台|窗户|窗框|窗)(的)?(外面|外边|外头|外)|翻(过|出|越)(了)?(栏杆|护栏|围栏|女儿墙|窗户|窗台)|(站|坐|企|蹲)在[^，。,.!！?？]{0,4}(楼顶|天台|屋顶|阳台|平台|外墙)(的)?(边上|边缘|边沿|外沿|檐上)|(someone|somebody|a man|a woman|a person|a kid|a child|a boy|a girl|a guy)[^.!?]{0,40}(outside the (railing|railings|fence|window|balcony)|on the (ledge|edge of the roof|roof edge|window ledge)|over the (railing|balcony))", RegexOptions.IgnoreCase)]
    private static partial Regex PersonOutsideARailing();

    /// <summary>"空调机由楼上掉下来，在我身边掉落地", "a flower pot fell from upstairs right next to me": a heavy thing fallen beside someone.</summary>
    [GeneratedRegex("(空调机|空调外机|空调主机|外机|冷气机|花盆|晾衣架|晾衣杆|衣架|玻璃|窗户|窗框|砖|石头|石块|水泥块|铁架|铁皮|招牌|杂物|东西|瓶子|盆栽|拖把|椅子)[^，。,.!！?？水]{0,8}(掉|跌|砸|坠|飞|落)(了)?(下来|下去|下|到地上|在地上)(?=[^。.!！?？]{0,24}(身边|身旁|脚边|脚下|面前|跟前|离我|头顶|差少少|差一点|差点|险些|就中|砸中))|(fell|dropped|came down|crashed down)[^.!?]{0,30}(right )?(next to|beside|in front of|inches from|near) (me|us|him|her|my|the kids|someone|people)", RegexOptions.IgnoreCase)]
    private static partial Regex FellBesideSomeone();

    /// <summary>"两岁的儿子把卧室门反锁了，钥匙在里面", "宝宝把自己锁在卫生间里哭": a small child behind a door locked from inside.</summary>
    [GeneratedRegex("(反锁|锁上|锁住|锁死|锁(?!坏|芯|头|舌|子))(了)?(?![^。.!！?？]{0,30}(屋里|里面|房里|房间里|家里)(没人|没有人|是空的|空着))(?<=(孩子|小孩|儿子|女儿|宝宝|娃|孙子|孙女|外孙|小朋友|岁)[^。.!！?？]{0,10}(把|将)?[^，。,.!！?？]{0,6}(反锁|锁上|锁住|锁死|锁)(了)?)(?=[^。.!！?？]{0,30}(钥匙(也|都)?(在|锁在|落在|留在)(里|屋|房)|打不开|开不了|进不去|出不来|(在)?里面哭|在哭|哭))|(toddler|baby|little (son|daughter|one|boy|girl)|(\\d|two|three|four|five)[- ]year[- ]old)[^.!?]{0,30}locked (himself|herself|themselves|the door)", RegexOptions.IgnoreCase)]
    private static partial Regex ChildLockedInsideARoom();

    /// <summary>
    /// "被电了一下，现在手还是麻的，说话有点不利索", "摸了一下就被电倒了，现在躺着不动", "水泵漏电…猫被电死了，水还带电": an
    /// electric shock with symptoms that last, someone knocked down by it, or the current still live after it.
    /// </summary>
    [GeneratedRegex("(被|让|给|遭)(电|漏电)(?![动视脑话梯影瓶子池费商网工])(了|到|击|着)?(一下)?(?=[^。.!！?？]{0,30}(麻|痹|翳|不利索|说不清|说不出话|口齿不清|心慌|心跳|胸闷|晕|抽|发黑|烧伤|灼伤|没知觉|没力气|站不稳|手抖|动不了|叫不醒|倒))|电(到|着)(了)?(我|他|她|手|人|孩子|小孩|老人)(?=[^。.!！?？]{0,30}(麻|痹|翳|不利索|说不清|说不出话|口齿不清|心慌|心跳|胸闷|晕|抽|发黑|烧伤|灼伤|没知觉|没力气|站不稳|手抖|动不了|叫不醒|倒))|(got|been|was) (an electric shock|electrocuted|shocked)|(被)?电(倒|翻|晕)(了)?[^。.!！?？]{0,10}(躺|不动|没反应|起不来|叫不醒)|(漏电|带电)[^。.!！?？]{0,24}(电死|电倒|被电|电到)[^。]{0,24}(还(是)?带电|还(在)?漏电|不敢进|不敢碰|不敢过去)", RegexOptions.IgnoreCase)]
    private static partial Regex ShockThatLasts();

    /// <summary>"孩子刚吞了一颗纽扣电池", "误喝了洁厕灵", "老人吃了一整瓶安眠药": something harmful swallowed.</summary>
    [GeneratedRegex("(误食|误服|误吞|误喝|吞了|吞下|吞进|咽下|咽了|吃进|偷吃了|偷喝了|喝了|吃了)[^，。,.!！?？]{0,6}(纽扣电池|电池|磁铁|磁珠|吸铁石|硬币|洗衣液|洗衣凝珠|凝珠|洗洁精|消毒液|消毒水|洁厕|漂白|农药|除草剂|除草药|药粒|老鼠药|鼠药|杀虫剂|杀虫粉|蟑螂药|曱甴药|灭蚁|蚂蚁药|干燥剂|图钉|钉子|别针|汽油|樟脑丸)|(误食|误服|误吞|偷吃)(了)?[^，。,.!！?？]{0,6}药|(吞了|吃了|喝了)(一整?(瓶|板|盒|把)|好多|很多|一大把|大量|过量)[^，。,.!！?？]{0,4}(药|药片|安眠药)|(swallowed|ate|drank)[^.!?]{0,20}(button battery|battery|magnet|bleach|detergent|pods?|pills|medicine|poison)", RegexOptions.IgnoreCase)]
    private static partial Regex SwallowedSomethingHarmful();

    /// <summary>"不是电梯坏了，是我儿子在里面出不来": someone named inside a lift who cannot get out.</summary>
    [GeneratedRegex("(?<=(电梯|轿厢)[^。.!！?？]{0,30})(儿子|女儿|孩子|小孩|宝宝|闺女|孙子|孙女|老人|老公|老婆|我妈|我爸|爸爸|妈妈|奶奶|爷爷|外婆|外公|阿姨|大爷|人)(还|一个人)?(在|困在|关在|卡在|被关在|被困在)(里面|里头|里)[^，。,.!！?？]{0,4}(出不来|出不去|下不来|开不了门|打不开)")]
    private static partial Regex NamedInsideALift();

    /// <summary>"我腿脚不好 走不了楼梯", "坐轮椅的下不了楼": someone who cannot use the stairs (said after a lift that stopped) is stranded.</summary>
    [GeneratedRegex("(腿脚不好|腿不好|腿脚不便|行动不便|膝盖不好|坐轮椅|拄拐|拄着拐|年纪大|八十多|七十多|九十多|怀孕|孕妇|抱着孩子)[^。.!！?？]{0,12}(走不了|爬不了|爬不动|下不了|上不了|下不去|上不去|走不动|没法走|没法爬)(楼梯|楼)")]
    private static partial Regex CannotUseTheStairs();
}
