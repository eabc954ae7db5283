using System.Text;

namespace ConciergeBot.Dialogs.Understanding.Normalization;

/// <summary>
/// Folds regional words onto their Mandarin equivalents for the intent classifier and the safety cues only
/// (replies and entities keep the owner's words): written Cantonese (冇電 → 没电, 升降機/𨋢 → 电梯, 跳掣 → 跳闸,
/// 屋企 → 家里, 點解 → 为什么), Taiwanese usage (瓦斯 → 燃气), Sichuanese (屋头 → 家里, 莫得 → 没有), Northeastern (咋整 →
/// 怎么办), Shanghainese (阿拉 → 我们, 弗 → 不), the formal register of letters (家父 → 我爸, 无法应答 → 没反应, 昏厥 → 晕倒) and a few pinyin abbreviations (dt → 电梯, wy → 物业) and keyboard slips (没气味很重 → 煤气味很重) and English words in Chinese sentences (aircon → 空调). Longest
/// match first; runs on normalised (Simplified) text. Thread-safe.
/// </summary>
public static class DialectFolding
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Cantonese
        ["唔该晒"] = "多谢", ["唔该"] = "谢谢", ["多谢晒"] = "多谢", ["唔系"] = "不是", ["唔啱"] = "不对", ["啱"] = "对", ["冇嘢"] = "没事",
        ["就咁多"] = "就这些", ["就咁"] = "就这样", ["呒没"] = "没有", ["勿要"] = "不要", ["系啊"] = "是啊", ["系呀"] = "是呀", ["係"] = "是",
        ["冇"] = "没", ["唔"] = "不", ["咗"] = "了", ["喺"] = "在", ["嘅"] = "的", ["啲"] = "些", ["嚟"] = "来", ["佢"] = "他",
        ["哋"] = "们", ["乜嘢"] = "什么", ["咩"] = "什么", ["点算"] = "怎么办", ["而家"] = "现在", ["搞掂"] = "搞定", ["睇"] = "看",
        ["屋企"] = "家里", ["升降机"] = "电梯", ["\U000282E2"] = "电梯", ["跳掣"] = "跳闸", ["水喉"] = "水管", ["跌落"] = "掉下",
        ["掟"] = "扔", ["冷气"] = "空调", ["走火通道"] = "消防通道", ["纸皮石"] = "外墙砖", ["管理处"] = "物业", ["大厦"] = "大楼",
        ["隔篱屋"] = "隔壁", ["隔篱"] = "隔壁", ["拖板"] = "插排", ["插苏"] = "插座", ["燶"] = "焦", ["星盆"] = "水槽", ["成座"] = "整栋", ["成间屋"] = "全屋", ["黑晒"] = "全黑", ["埋单"] = "结账", ["边度"] = "哪里", ["几时"] = "什么时候",
        ["点解"] = "为什么", ["点解决"] = "点解决", ["点解释"] = "点解释", ["下昼"] = "下午", ["上昼"] = "上午", ["琴日"] = "昨天", ["寻日"] = "昨天",
        ["边年"] = "哪年", ["边首"] = "哪首", ["边个"] = "哪个", ["接唔切"] = "接不过来", ["接不切"] = "接不过来",
        ["想呕"] = "想吐", ["作呕"] = "想吐", ["热水炉"] = "热水器", ["企咗"] = "站了", ["企喺"] = "站在", ["企出"] = "站出", ["跌咗落嚟"] = "掉下来", ["跌落嚟"] = "掉下来",
        ["成栋"] = "整栋", ["冇晒"] = "全没", ["流紧血"] = "在流血", ["冒紧烟"] = "在冒烟", ["漏紧水"] = "在漏水", ["细路"] = "小孩", ["入面"] = "里面", ["出唔到"] = "出不去", ["出唔返"] = "出不去", ["畀电"] = "被电", ["俾电"] = "被电", ["电亲"] = "电到", ["烫亲"] = "烫到", ["起晒泡"] = "起满泡", ["撳"] = "按", ["软喉"] = "软管", ["冲凉"] = "洗澡",
        ["俾人"] = "被人", ["畀人"] = "被人", ["今朝"] = "今早", ["朝早"] = "早上", ["寻晚"] = "昨晚", ["琴晚"] = "昨晚", ["落去"] = "下去", ["成晚"] = "整晚", ["成日"] = "整天", ["瞓唔着"] = "睡不着", ["瞓不着"] = "睡不着", ["瞓"] = "睡",
        // Taiwanese usage
        ["瓦斯"] = "燃气", ["跳电"] = "跳闸", ["水电行"] = "维修店", ["社区"] = "小区",
        // Sichuanese, Northeastern, Shanghainese
        ["屋头"] = "家里", ["屋里头"] = "家里", ["莫得"] = "没有", ["没得电"] = "没电", ["没得水"] = "没水", ["没得气"] = "没气", ["啥子"] = "什么", ["咋个"] = "怎么", ["咋整"] = "怎么办",
        ["咋办"] = "怎么办", ["嘎哈"] = "干什么", ["阿拉"] = "我们", ["侬"] = "你", ["弗"] = "不", ["物事"] = "东西",
        ["石油气"] = "液化气",
        // Wu (Shanghainese, Suzhou, Ningbo) and Minnan: 睏 is "sleep" (normalised to 困, which would read as "trapped"), 里厢 "inside", 厝 "home"
        ["困勿着"] = "睡不着", ["困不着"] = "睡不着", ["困觉"] = "睡觉", ["里厢"] = "里面", ["厝内"] = "家里", ["厝里"] = "家里", ["厝边"] = "邻居", ["袂困"] = "睡不着", ["昨暝"] = "昨晚", ["半暝"] = "半夜", ["阮厝"] = "我家",
        // The formal written register of letters and reports (兹报告, 特此): 家父于卫生间跌倒，现已无法应答 is 我爸在卫生间跌倒，现已没反应
        ["家父"] = "我爸", ["家母"] = "我妈", ["无法应答"] = "没反应", ["呼叫无应答"] = "叫了没反应", ["呼之不应"] = "叫了没反应",
        ["昏厥"] = "晕倒", ["晕厥"] = "晕倒", ["卧地不起"] = "倒地起不来", ["倒地不起"] = "倒地起不来", ["速援"] = "快来救人",
        ["坐于"] = "坐在", ["倒于"] = "倒在", ["躺于"] = "躺在", ["困于"] = "困在", ["跌倒于"] = "跌倒在", ["于卫生间"] = "在卫生间", ["于浴室"] = "在浴室",
        ["于厨房"] = "在厨房", ["于楼梯"] = "在楼梯", ["于家中"] = "在家里",
        // Pinyin-input slips that change the meaning of an alarm word
        ["点著"] = "点着", ["关著"] = "关着", ["开著"] = "开着", ["锁著"] = "锁着", ["烧著"] = "烧着", ["著了"] = "着了", ["著起来"] = "着起来", ["睡著"] = "睡着", ["井该"] = "井盖", ["露水"] = "漏水", ["马通"] = "马桶", ["马桶赌"] = "马桶堵", ["马桶睹"] = "马桶堵", ["停点"] = "停电", ["然气"] = "燃气", ["媒气"] = "煤气", ["如过"] = "如果", ["如国"] = "如果", ["电题"] = "电梯", ["电提"] = "电梯", ["电体"] = "电梯", ["点梯"] = "电梯", ["没管上"] = "没关上", ["着伙"] = "着火", ["管不上"] = "关不上",
        ["没气味好"] = "煤气味好", ["没气味很"] = "煤气味很", ["没气味特别"] = "煤气味特别", ["没气味太"] = "煤气味太", ["没气味挺"] = "煤气味挺", ["没气味重"] = "煤气味重", ["没气味浓"] = "煤气味浓", ["没气味大"] = "煤气味大",
        ["股没气"] = "股煤气", ["闻到没气"] = "闻到煤气", ["没气泄"] = "煤气泄", ["没气漏"] = "煤气漏", ["没气罐"] = "煤气罐", ["没气灶"] = "煤气灶", ["没气管"] = "煤气管", ["没气表"] = "煤气表", ["没气阀"] = "煤气阀",
        ["没起管"] = "煤气管", ["没起罐"] = "煤气罐", ["没起灶"] = "煤气灶", ["没起味"] = "煤气味", ["没起漏"] = "煤气漏", ["没起泄"] = "煤气泄", ["焦胡"] = "焦糊", ["插坐"] = "插座",
    };

    private static readonly Dictionary<string, string> AsciiWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dt"] = "电梯", ["wy"] = "物业", ["sf"] = "师傅", ["zm"] = "怎么", ["lift"] = "电梯 lift", ["elevator"] = "电梯 elevator",
        ["aircon"] = "空调 aircon",
    };

    private static readonly int Longest = Words.Keys.Max(k => k.Length);
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly System.Buffers.SearchValues<char> FirstChars =
        System.Buffers.SearchValues.Create([.. Words.Keys.Select(k => k[0]).Distinct()]);

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(FirstChars) < 0 && !HasAsciiLetters(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsAsciiLetter(text[i]) && (i == 0 || !char.IsAsciiLetter(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && char.IsAsciiLetter(text[end]))
                {
                    end++;
                }

                var word = text[i..end];
                builder.Append(AsciiWords.TryGetValue(word, out var folded) ? folded : word);
                i = end;
                continue;
            }

            var matched = false;
            for (var length = FirstChars.Contains(text[i]) ? Math.Min(Longest, text.Length - i) : 0; length >= 1 && !matched; length--)
            {
                if (WordLookup.TryGetValue(text.AsSpan(i, length), out var replacement))
                {
                    builder.Append(replacement);
                    i += length;
                    matched = true;
                }
            }

            if (!matched)
            {
                builder.Append(text[i]);
                i++;
            }
        }

        return builder.ToString();
    }

    private static bool HasAsciiLetters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
