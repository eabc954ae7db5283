namespace ConciergeBot.Benchmarks.Knowledge;

/// <summary>A mix of owners' and staff's questions (computed fees, register look-ups, handbook, Traditional, unknown).</summary>
internal static class SampleQuestions
{
    public static readonly string[] All =
    [
        "3栋1202一年物业费加电梯费多少",
        "9栋102半年物业费多少",
        "128平米的高层一个季度物业费和电梯费",
        "欠物业费2000元 逾期15天 滞纳金多少",
        "访客停了3个小时要交多少停车费",
        "2栋0803装修垃圾清运费多少",
        "9栋0602多大",
        "5栋的管家是谁",
        "物管费怎么算的",
        "晚上几点以后不能吵",
        "电梯里困住了怎么办",
        "快递柜放不下的大件去哪拿",
        "装修押金什么时候退",
        "物業費可以用支付寶交嗎",
        "小区附近有地铁站吗",
        "燃气味很重怎么办",
    ];
}
