using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Danger told without an alarm word: the owner describes what they see (a child behind the closed windows of a parked
/// car, blood that will not stop, a leg caught in lift doors, a switch that flashed and a wall that is hot with a
/// burning smell, a corridor thick with choking haze, a pane that fell where people walk, an old parent who opens the
/// door to nobody). Each is read in its context by <see cref="CueContext"/> like every other cue.
/// </summary>
internal static partial class SafetyCues
{
    /// <summary>"路边那辆车里锁着个小娃", "孩子被关在搬家货车的驾驶室里": a child or an old person shut in a car.</summary>
    [GeneratedRegex("(锁着|关着|困着|留着|落着|睡着)(?<=车[^。.!！?？]{0,12}(里面|里头|里|内|上)[^，。,.!！?？]{0,3}(锁着|关着|困着|留着|落着|睡着))[^，。,.!！?？]{0,8}(孩子|小孩|宝宝|婴儿|娃|小朋友|老人|男孩|女孩|小孙)(?!的)|(孩子|小孩|宝宝|婴儿|娃|小朋友|老人)[^，。,.!！?？]{0,8}(被)?(锁|关|留|落|困)在[^，。,.!！?？]{0,6}车(里|内|上|的驾驶室|驾驶室|厢里|斗里)")]
    private static partial Regex ShutInACar();

    /// <summary>
    /// "帮忙叫救护车", "已经打了120", "call an ambulance": someone here needs an ambulance now, whatever the injury is called
    /// (a scald, a fall, a fit). Read in context like every cue: "要是…叫救护车" supposes, "上次叫了救护车" is past.
    /// </summary>
    [GeneratedRegex("(叫|喊|打|拨|等|来了|叫了|打了|拨了|需要|要|帮忙叫|帮我叫|快叫)(辆|个|一辆|一个)?(救护车|急救车|120(?![0-9平元块米方斤分秒度㎡]))|call (an |the )?ambulance|ambulance (is )?(coming|on (its|the) way)", RegexOptions.IgnoreCase)]
    private static partial Regex AmbulanceCalled();

    /// <summary>"血怎么压都止不住", "流了一地的血", "满手都是血", "割到大腿了，血很多": bleeding that does not stop, or a deep cut.</summary>
    [GeneratedRegex("血[^，。,.!！?？]{0,8}(止不住|止不了|停不下来|按不住|压不住|捂不住|流个不停|一直(在)?(流|冒)|不停(地|的)?(流|冒)|往外(冒|涌|流|喷))|(流了|淌了|滴了|出了)(一地|一身|满地|好多|很多|一大摊|一大滩)(的)?血|血流了一地|(一地|满地|满手|满脸|一身)(的|都是|是)血|(bleeding|blood)[^.!?]{0,20}(won'?t stop|will not stop|not stopping|doesn'?t stop|everywhere|all over)|(割|划|切|砍|扎|戳|锯|削)(到|伤|破|开|中)(了)?[^。.!！?？]{0,10}(血很多|好多血|很多血|血好多|全是血|一直(在)?流血|血哗哗|血直流|血往外)|(割|划|砍|锯)(到|伤|破|开)(了)?(大腿|手腕|脖子|动脉|颈)", RegexOptions.IgnoreCase)]
    private static partial Regex BleedingWontStop();

    /// <summary>"电梯门一关腿被夹在门缝里", "孩子的手被电梯门夹住", "电梯门夹住了她的手", "电梯门夹住了轮椅": a person held by lift doors now, not doors
    /// that merely close fast or "夹人" now and then.</summary>
    [GeneratedRegex("(夹住|夹在|卡在|卡住|夹进|夹着)(?<=(电梯|轿厢|梯门)[^。.!！?？]{0,24}(腿|脚|手|胳膊|手臂|手指|脚踝|身子|身体|人|老人|老太太|老太|老头|孩子|小孩|小朋友|宝宝|老婆|老公|妻子|丈夫|妈妈|爸爸|我妈|我爸|女儿|儿子|奶奶|爷爷)[^，。,.!！?？]{0,3}(被)?(夹住|夹在|卡在|卡住|夹进|夹着))|(夹住|夹在|卡在|卡住|夹进|夹着)(?<=(腿|脚|手|胳膊|手臂|手指|脚踝|身子|身体|人|老人|老太太|老太|老头|孩子|小孩|小朋友|宝宝|老婆|老公|妻子|丈夫|妈妈|爸爸|我妈|我爸|女儿|儿子|奶奶|爷爷)[^，。,.!！?？]{0,3}(被)?(电梯门|电梯|梯门|轿厢门)(夹住|夹在|卡在|卡住|夹进|夹着))|(电梯门|梯门|轿厢门)(把)?(夹住|夹着|卡住)(了)?[^，。,.!！?？]{0,6}(的)?(腿|脚|手|胳膊|手臂|手指|脚踝|身子|书包|衣服|轮椅|婴儿车)")]
    private static partial Regex CaughtInLiftDoors();

    /// <summary>"开关闪了一下…面板发烫…一股焦味": a switch or socket that flashed or is hot, with a burning smell, in one sentence.</summary>
    [GeneratedRegex("(开关|插座|插头|插排|面板|电线|电箱|电闸|灯座|浴霸|墙)(?=[^。.!！?？]{0,30}(发烫|烫手|很烫|好烫|滚烫|烫得|发热|闪了|闪光|一道光|火光|蓝光|啪))(?=[^。.!！?？]{0,40}(焦味|糊味|焦糊|烧焦|胶皮味|塑料味|烧塑料))|(焦味|糊味|焦糊味|烧焦味|胶皮味|塑料味)(?=[^。.!！?？]{0,30}(开关|插座|插头|插排|面板|电线|电箱|电闸|灯座|浴霸|墙))(?=[^。.!！?？]{0,40}(发烫|烫手|很烫|好烫|滚烫|烫得|发热|闪了|闪光|一道光))")]
    private static partial Regex HotAndBurningSmell();

    /// <summary>"楼道里白茫茫一片，呛得喘不上来": haze or a choking air indoors or in the common parts, source unknown.</summary>
    [GeneratedRegex("(雾蒙蒙|烟蒙蒙|灰蒙蒙|白蒙蒙|白茫茫|看不清)(?<=(走廊|楼道|楼梯间|楼梯|电梯厅|过道|家里|屋里|房间|客厅|大堂|车库|地库)[^。.!！?？]{0,16}(雾蒙蒙|烟蒙蒙|灰蒙蒙|白蒙蒙|白茫茫|看不清))(?=[^。.!！?？]{0,16}(呛|咳))|呛(得|到|人|死)(?<=(走廊|楼道|楼梯间|楼梯|电梯厅|过道|家里|屋里|房间|客厅|大堂|车库|地库)[^。.!！?？]{0,20}呛(得|到|人|死))(?=[^，。,.!！?？]{0,6}(咳|喘|睁不开|流泪|流眼泪|难受|受不了))|(雾蒙蒙|烟蒙蒙|白茫茫)(?=[^。.!！?？]{0,16}呛)")]
    private static partial Regex ChokingHaze();

    /// <summary>"掉下来一块瓷砖", "刚砸下来半扇窗…进进出出都是人": something fallen from height told verb first, or with people passing.</summary>
    [GeneratedRegex("(掉下来|掉下|砸下来|坠下来|落下来|飞下来)(了)?(一|两|几|半)?(块|片|个|根|扇|大块)[^，。,.!！?？]{0,4}(玻璃|瓷砖|砖|外墙|石块|水泥块|铁皮|花盆|窗|招牌|广告牌|雨棚)|(掉|砸|落)(了|下)?[^，。,.!！?？]{0,8}(下来|下去)[^。.!！?？]{0,40}(进进出出|人来人往|来来往往|都是人|全是人|人很多|人挺多|过路的人|路过的人|放学)")]
    private static partial Regex FallenWherePeopleWalk();

    /// <summary>"我爸一个人住…敲门没人应": an old, ill or distressed person who does not answer the door.</summary>
    [GeneratedRegex("(敲门|敲了[^，。,.!！?？]{0,4}门|拍门|按门铃|按了门铃|叫门|喊门|砸门)(?<=(我妈|我爸|妈妈|爸爸|老妈|老爸|父亲|母亲|老母亲|老父亲|老人|婆婆|公公|奶奶|爷爷|外婆|外公|姥姥|姥爷|老爷子|老太太|阿婆|阿公|大爷|大妈|大娘|老伯|阿伯|独居|一个人住|一个人在家|室友|高血压|心脏|糖尿病|生病|病了|想不开|锁在)[^。!?！？]{0,88})(?=[^，。,.!！?？]{0,12}(没(有)?(任何|一点)?(动静|反应|回应|人应|人开|声音)|叫不应|不应|不开门|(也|都|还是|就是|一直)不开(?![心灯])))|(敲门|敲了[^，。,.!！?？]{0,4}门|拍门|按门铃|按了门铃|叫门|喊门|砸门)(?=[^，。,.!！?？]{0,12}(没(有)?(任何|一点)?(动静|反应|回应|人应|人开|声音)|叫不应|不应|不开门))(?=[^。!?！？]{0,80}(她|他)(有|患|得了)?(高血压|心脏|糖尿病|病|一个人|想不开))")]
    private static partial Regex NoAnswerFromSomeoneAtRisk();

    /// <summary>"电梯里关了个大爷", "轿厢里困着人": someone inside a lift, told without 困人.</summary>
    [GeneratedRegex("(电梯|轿厢)(里|里面|里头|内)[^，。,.!！?？]{0,2}(关|困|锁|卡)(了|着|住)[^，。,.!！?？]{0,4}(人|老|小孩|孩子|个|位|阿|大爷|大妈|婆|爷)")]
    private static partial Regex SomeoneInsideALift();

    /// <summary>"3岁的娃在屋里，门锁打不开", "孩子还在里面，我被关在门外", "我儿子还在里面 才两岁半 一直在门后面哭": a small child alone behind a door the adult cannot open.</summary>
    [GeneratedRegex("(岁|婴儿|宝宝|小孩|孩子|娃|小朋友)[^，。,.!！?？]{0,4}(一个人)?(在|还在|关在|留在)(里面|屋里|家里|房里)(?=[^。.!！?？]{0,20}(门外|进不去|开不了|打不开|锁|没电|门后面?[^，。,.!！?？]{0,2}(哭|叫|喊)))|(儿子|女儿|闺女|孙子|孙女)[^，。,.!！?？]{0,4}(一个人)?(在|还在|关在|留在)(里面|屋里|家里|房里)(?=[^。.!！?？]{0,12}(才|只有)?(?<![0-9十一二三四五六七八九])[一二两三四五1-5](岁|周岁)[^。.!！?？]{0,16}(门外|进不去|开不了|打不开|锁|门后面?[^，。,.!！?？]{0,2}(哭|叫|喊)))|(门外|进不去|开不了门|打不开|(门|锁)[^，。,.!！?？]{0,4}(带上|关上|锁上|没电|按不亮))[^。.!！?？]{0,20}(娃|孩子|小孩|宝宝|婴儿|小朋友)[^，。,.!！?？]{0,4}(一个人)?(在|还在)(里面|屋里|家里|房里)")]
    private static partial Regex ChildBehindALockedDoor();

    /// <summary>"隔壁都有电就我家没有": only this home without power is a power cut at home.</summary>
    [GeneratedRegex("(隔壁|邻居|别人家|别家|楼上|楼下|对门|其他家|人家)[^，。,.!！?？]{0,4}(都)?有电[^。.!！?？]{0,6}(就|只有|只是|偏偏)?(我家|我们家|我这|我屋)(没|没有|不行)")]
    private static partial Regex OnlyThisHomeWithoutPower();

    /// <summary>"空开一推上去就掉", "闸又落了": a breaker that will not stay up is a power cut (跳闸).</summary>
    [GeneratedRegex("(空开|电闸|总闸|漏保|(?<![道水])闸(?![机门口]))[^，。,.!！?？]{0,8}(就|又|马上|立马)?(落了|掉了|落下来|掉下来|又落|又掉|就落|就掉)|(空开|电闸|总闸|漏保|(?<![道水])闸(?![机门口]))[^，。,.!！?？]{0,4}(老是|总是|老|一直|动不动就?|经常)(掉|落|跳)|(空开|电闸|总闸|漏保|闸|开关)[^。.!！?？]{0,12}推上去[^，。,.!！?？]{0,4}(就|又|马上|立马|立刻)?(掉|落|跳)")]
    private static partial Regex BreakerWontStayUp();

    /// <summary>"Both lifts in block 6 are down": every lift of a building out of service strands its residents.</summary>
    [GeneratedRegex("\\b(both|all( the)?|all \\d+|every) (?:电梯 )?(lifts|elevators)\\b[^.!?]{0,30}\\b(down|out|broken|stopped|not working|out of (order|service))|\\b(no|not a single|not one) (working )?(?:电梯 )?(lift|elevator)s? (at all|working|left)\\b|\\b(neither|none of the) (?:电梯 )?(lift|elevator)s? (is |are )?(working|running)", RegexOptions.IgnoreCase)]
    private static partial Regex AllLiftsDownInEnglish();
}
