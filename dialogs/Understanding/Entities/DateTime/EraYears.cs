using ConciergeBot.Dialogs.Understanding.Entities.Numbers;
namespace ConciergeBot.Dialogs.Understanding.Entities.Temporal;

/// <summary>Years of Chinese imperial eras and the Republic (康熙三年 = 1664, 民国三年 = 1914), for the specs.</summary>
internal static class EraYears
{
    private static readonly (string Name, int FirstYear)[] Eras =
    [
        ("贞观", 627), ("开元", 713), ("神龙", 705), ("洪武", 1368), ("永乐", 1403), ("康熙", 1662), ("雍正", 1723),
        ("乾隆", 1736), ("嘉庆", 1796), ("道光", 1821), ("咸丰", 1851), ("同治", 1862), ("光绪", 1875), ("宣统", 1909),
        ("民国", 1912),
    ];

    public static bool TryRead(string text, int pos, out int year, out int end)
    {
        year = 0;
        end = pos;
        foreach (var (name, first) in Eras)
        {
            if (!TextAt.Is(text, pos, name))
            {
                continue;
            }

            var i = pos + name.Length;
            int n;
            if (i < text.Length && text[i] == '元')
            {
                n = 1;
                i++;
            }
            else if (!ChineseNumerals.TryRead(text, i, out n, out var len, out _) || n < 1 || n > 80)
            {
                return false;
            }
            else
            {
                i += len;
            }

            if (i >= text.Length || text[i] != '年')
            {
                return false;
            }

            year = first + n - 1;
            end = i + 1;
            return true;
        }

        return false;
    }
}
