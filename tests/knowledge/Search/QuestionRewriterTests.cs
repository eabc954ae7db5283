using ConciergeBot.Knowledge.Search;

namespace ConciergeBot.Tests.Knowledge.Search;

public class QuestionRewriterTests
{
    private static readonly QuestionRewriter Shipped = SynonymTable.Load(KnowledgeFiles.DataPath).Rewriter;

    [Theory]
    [InlineData("物叶费咋收", "物业费怎么收")]
    [InlineData("管理费几多钱一平", "管理费多少钱一平")]
    [InlineData("换灯炮要几钱", "换灯泡要多少钱")]
    [InlineData("搬屋要啥手续", "搬家要什么手续")]
    [InlineData("電梯費", "電梯費")]
    public void Colloquial_words_and_typos_become_standard(string question, string expected) =>
        Assert.Equal(expected, Shipped.Rewrite(question));

    [Fact]
    public void Longest_match_wins_and_text_without_matches_is_returned_as_is()
    {
        var rewriter = new QuestionRewriter([("几多", "多少"), ("几多钱", "多少钱"), ("咋", "怎么")]);
        const string plain = "物业费多少钱";

        Assert.Equal("咋样多少钱呀怎么", new QuestionRewriter([("几多钱", "多少钱")]).Rewrite("咋样几多钱呀怎么"));
        Assert.Equal("怎么收，多少钱", rewriter.Rewrite("咋收，几多钱"));
        Assert.Same(plain, rewriter.Rewrite(plain));
    }

    [Fact]
    public void English_rules_match_in_any_case_as_whole_words_with_their_inflections()
    {
        var rewriter = new QuestionRewriter([("how much", "多少钱"), ("tap", "水龙头"), ("repair", "维修")]);

        Assert.Equal("多少钱 for a new 水龙头?", rewriter.Rewrite("How much for a new Tap?"));
        Assert.Equal("any 维修s tonight", rewriter.Rewrite("any repairs tonight"));
        Assert.Equal("sticky tape", rewriter.Rewrite("sticky tape"));
        Assert.Equal("untapped", rewriter.Rewrite("untapped"));
    }

    [Fact]
    public void Shipped_rewrites_are_stable_when_applied_twice()
    {
        var unstable = Shipped.Rules.Where(r => Shipped.Rewrite(r.To) != r.To).Select(r => $"{r.From} → {r.To}").ToList();

        Assert.True(Shipped.Count > 0);
        Assert.True(unstable.Count == 0, string.Join(", ", unstable));
    }

    [Theory]
    [InlineData("小区能养几只狗", "rule.pets")]
    [InlineData("物业能停我家水吗", "fee.no-cutoff")]
    [InlineData("您好，我住在5栋，家里厨房水管爆了，水流了一地，怎么办", "safety.flood")]
    [InlineData("我家门锁坏了想换个锁芯，师傅多久能来，要收费吗", "fee.repair.paid")]
    public void Question_words_and_context_clauses_do_not_hide_the_topic(string question, string expectedId)
    {
        var result = KnowledgeFiles.Search.Search(question);

        Assert.True(result.Known, $"score {result.Score}");
        Assert.Equal(expectedId, result.Best?.Id);
    }
}
