using ConciergeBot.Knowledge.Handbook;
using Microsoft.Data.Sqlite;

namespace ConciergeBot.Knowledge.Search;

/// <summary>
/// Finds the handbook entry that answers a short colloquial question. Two signals: a BM25 score over character
/// bigrams (title and keywords count double), normalised to 0–1, and the rank from an in-memory SQLite FTS5 index
/// with the trigram tokenizer; both read the text after synonym expansion. Below <see cref="Threshold"/> the
/// result is "don't know" and the caller hands over to a person. Immutable and thread-safe.
/// </summary>
public sealed class HandbookSearch : IDisposable
{
    /// <summary>Default score below which the answer is "don't know".</summary>
    public const double DefaultThreshold = 0.16;

    private const double K1 = 1.2;
    private const double B = 0.4;
    private const double FtsWeight = 0.15;
    private const int MaxHits = 5;
    private const double CompactWeight = 0.6;
    private const double GenericWeight = 0.3;
    private const double ClauseNormSlack = 1.25;
    private const double ClauseFactor = 0.8;
    private const int MinClauseLength = 4;

    private readonly HandbookEntry[] _entries;
    private readonly SynonymTable _synonyms;
    private readonly string[] _genericWords;
    private readonly Dictionary<string, double>[] _termFrequencies;
    private readonly double[] _lengthNorm;
    private readonly Dictionary<string, double> _idf;
    private readonly double _unknownIdf;
    private readonly SqliteConnection _fts;
    private readonly SqliteCommand _ftsQuery;
    private readonly SqliteParameter _ftsMatch;
    private readonly Lock _ftsGate = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, double>> _paragraphTokens = new(StringComparer.Ordinal);
    private bool _disposed;

    private HandbookSearch(IReadOnlyList<HandbookEntry> entries, SynonymTable synonyms, double threshold, string estateName)
    {
        _entries = [.. entries];
        _synonyms = synonyms;
        _genericWords = [.. SearchText.GenericWords, .. SearchText.Bigrams(estateName)];
        Threshold = threshold;
        _termFrequencies = new Dictionary<string, double>[_entries.Length];
        var lengths = new double[_entries.Length];
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _entries.Length; i++)
        {
            var tf = new Dictionary<string, double>(StringComparer.Ordinal);
            var entry = _entries[i];
            Count(tf, Prepare(entry.Title + " " + string.Join(" ", entry.Keywords)), 2.0);
            Count(tf, Prepare(entry.Body), 1.0);
            _termFrequencies[i] = tf;
            lengths[i] = tf.Values.Sum();
            foreach (var token in tf.Keys)
            {
                documentFrequency[token] = documentFrequency.GetValueOrDefault(token) + 1;
            }
        }

        var average = lengths.Length > 0 ? lengths.Average() : 1;
        _lengthNorm = [.. lengths.Select(l => K1 * (1 - B + B * l / average))];
        var n = _entries.Length;
        _idf = documentFrequency.ToDictionary(p => p.Key, p => Idf(n, p.Value), StringComparer.Ordinal);
        _unknownIdf = Idf(n, 1);
        _fts = BuildFtsIndex();
        _ftsQuery = _fts.CreateCommand();
        _ftsQuery.CommandText = "SELECT rowid, bm25(entry, 3.0, 2.0, 1.0) FROM entry WHERE entry MATCH $match ORDER BY rank LIMIT 10";
        _ftsMatch = _ftsQuery.Parameters.Add("$match", SqliteType.Text);
        _ftsQuery.Prepare();
    }

    public double Threshold { get; }

    public IReadOnlyList<HandbookEntry> Entries => _entries;

    /// <param name="estateName">The estate's name: its words are as generic in a question as 小区 (every entry is about it).</param>
    public static HandbookSearch Build(IReadOnlyList<HandbookEntry> entries, SynonymTable synonyms, string estateName, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(synonyms);
        ArgumentNullException.ThrowIfNull(estateName);
        return new HandbookSearch(entries, synonyms, threshold, estateName);
    }

    /// <summary>
    /// Ranks the entries for a question (Simplified Chinese); optionally only those <paramref name="filter"/> accepts.
    /// A question of several clauses (我家卫生间漏水了，已经漫到客厅了，师傅多久能到？) is not diluted by its context:
    /// the whole question is normalised by its heaviest clause (plus a little), and every clause that says something
    /// once its question words are dropped is also scored alone (a little discounted); an entry keeps its best score.
    /// </summary>
    public HandbookSearchResult Search(string question, Func<HandbookEntry, bool>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var normalized = SearchText.Normalize(Rewrite(question));
        var clauses = SearchText.Clauses(normalized, 2).ToList();
        double? normCap = clauses.Count == 0 ? null : clauses.Max(c => Norm(QueryTokens(_synonyms.Expand(c)))) * ClauseNormSlack;
        if (Scores(_synonyms.Expand(normalized), normCap) is not { } scores)
        {
            return new HandbookSearchResult([], Threshold);
        }

        foreach (var clause in clauses.Where(c => SearchText.Compact(c).Length >= MinClauseLength))
        {
            if (Scores(_synonyms.Expand(clause), null) is { } clauseScores)
            {
                for (var i = 0; i < scores.Length; i++)
                {
                    scores[i] = Math.Max(scores[i], ClauseFactor * clauseScores[i]);
                }
            }
        }

        var hits = Enumerable.Range(0, _entries.Length)
            .Where(i => scores[i] > 0 && (filter is null || filter(_entries[i])))
            .OrderByDescending(i => scores[i])
            .Take(MaxHits)
            .Select(i => new SearchHit(_entries[i], Math.Round(scores[i], 4)))
            .ToList();

        // 健身房几点开门 must not be answered with the service centre's hours: a question naming a place or service
        // the best entry never mentions is one the handbook does not answer.
        if (hits.Count > 0 && _synonyms.Subjects.FirstOrDefault(s => normalized.Contains(s, StringComparison.Ordinal)) is { } subject
            && !Mentions(hits[0].Entry, subject))
        {
            return new HandbookSearchResult([], Threshold);
        }

        return new HandbookSearchResult(hits, Threshold);
    }

    private static bool Mentions(HandbookEntry entry, string subject) =>
        SearchText.Normalize(entry.Title + " " + string.Join(" ", entry.Keywords) + " " + string.Join(" ", entry.Paragraphs))
            .Contains(subject, StringComparison.Ordinal);

    /// <summary>The question with its colloquial words and typos rewritten into standard ones (咋 → 怎么, 物叶费 → 物业费).</summary>
    public string Rewrite(string question) => _synonyms.Rewriter.Rewrite(question);

    /// <summary>
    /// How much of the question a piece of text covers (0–1): the IDF-weighted share of the question's tokens found in
    /// the text. Used to pick the paragraphs of an entry worth quoting.
    /// </summary>
    public double Relevance(string question, string text)
    {
        var questionTokens = Weighted(PrepareQuestion(question));
        if (questionTokens.Count == 0)
        {
            return 0;
        }

        var textTokens = _paragraphTokens.GetOrAdd(text, t => Weighted(Prepare(t)));
        double matched = 0, total = 0;
        foreach (var (token, weight) in questionTokens)
        {
            var w = weight * _idf.GetValueOrDefault(token, _unknownIdf);
            total += w;
            matched += textTokens.ContainsKey(token) ? w : 0;
        }

        return matched / total;
    }

    public void Dispose()
    {
        lock (_ftsGate)
        {
            _disposed = true;
            _ftsQuery.Dispose();
            _fts.Dispose();
        }
    }

    /// <summary>
    /// Each entry's score for a prepared question (0–1: BM25 over bigrams, normalised by the question's own weight or
    /// by <paramref name="normCap"/> when smaller, plus the FTS5 rank); null when the question has no tokens.
    /// </summary>
    private double[]? Scores(string text, double? normCap)
    {
        var query = QueryTokens(text);
        if (query.Count == 0)
        {
            return null;
        }

        var norm = Norm(query);
        if (normCap is { } cap && cap > 0 && cap < norm)
        {
            norm = cap;
        }

        var scores = new double[_entries.Length];
        for (var i = 0; i < _entries.Length; i++)
        {
            var tf = _termFrequencies[i];
            double sum = 0;
            foreach (var (token, weight) in query)
            {
                if (tf.TryGetValue(token, out var f))
                {
                    sum += weight * _idf[token] * f * (K1 + 1) / (f + _lengthNorm[i]);
                }
            }

            scores[i] = Math.Min(1, sum / norm);
        }

        foreach (var (index, rank) in FtsRanks(text))
        {
            scores[index] += FtsWeight * rank * Math.Min(1, scores[index] * 4);
        }

        return scores;
    }

    private double Norm(Dictionary<string, double> query) =>
        query.Sum(q => q.Value * _idf.GetValueOrDefault(q.Key, _unknownIdf)) * (K1 + 1);

    /// <summary>
    /// The question's weighted tokens without the unknown ones that contain a filler character, generic words
    /// weighted down, plus the bigrams of its compact form (<see cref="SearchText.CompactBigrams"/>) that some entry
    /// uses: an unknown one would only dilute the score.
    /// </summary>
    private Dictionary<string, double> QueryTokens(string prepared)
    {
        var tokens = Weighted(prepared);
        foreach (var token in tokens.Keys)
        {
            if (!_idf.ContainsKey(token) && SearchText.HasFiller(token))
            {
                tokens.Remove(token); // 区里, 养一, 条狗: straddles a filler word and no entry uses it
            }
        }

        foreach (var word in _genericWords)
        {
            if (tokens.TryGetValue(word, out var weight))
            {
                tokens[word] = weight * GenericWeight;
            }
        }

        foreach (var bigram in SearchText.CompactBigrams(prepared))
        {
            if (_idf.ContainsKey(bigram))
            {
                tokens.TryAdd(bigram, CompactWeight);
            }
        }

        return tokens;
    }

    private static Dictionary<string, double> Weighted(string prepared)
    {
        var tokens = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (token, weight) in SearchText.Tokens(prepared))
        {
            tokens[token] = Math.Max(tokens.GetValueOrDefault(token), weight);
        }

        return tokens;
    }

    private string Prepare(string text) => _synonyms.Expand(SearchText.Normalize(text));

    private string PrepareQuestion(string question) => Prepare(Rewrite(question));

    private static void Count(Dictionary<string, double> tf, string text, double weight)
    {
        foreach (var (token, tokenWeight) in SearchText.Tokens(text))
        {
            tf[token] = tf.GetValueOrDefault(token) + weight * tokenWeight;
        }
    }

    private static double Idf(int n, int df) => Math.Log(1 + (n - df + 0.5) / (df + 0.5));

    private SqliteConnection BuildFtsIndex()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE entry USING fts5(title, keywords, body, tokenize = 'trigram')";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO entry(rowid, title, keywords, body) VALUES ($row, $title, $keywords, $body)";
        var row = insert.Parameters.Add("$row", SqliteType.Integer);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var keywords = insert.Parameters.Add("$keywords", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        for (var i = 0; i < _entries.Length; i++)
        {
            row.Value = i;
            title.Value = Prepare(_entries[i].Title);
            keywords.Value = Prepare(string.Join(" ", _entries[i].Keywords));
            body.Value = Prepare(_entries[i].Body);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return connection;
    }

    /// <summary>FTS5 bm25 ranks of the matching entries, scaled so the best is 1.</summary>
    private List<(int Index, double Rank)> FtsRanks(string text)
    {
        var match = SearchText.TrigramQuery(text);
        var ranks = new List<(int, double)>();
        if (match.Length == 0)
        {
            return ranks;
        }

        lock (_ftsGate)
        {
            if (_disposed)
            {
                return ranks;
            }

            _ftsMatch.Value = match;
            using var reader = _ftsQuery.ExecuteReader();
            double best = 0;
            while (reader.Read())
            {
                var bm25 = reader.GetDouble(1);
                best = Math.Min(best, bm25);
                ranks.Add(((int)reader.GetInt64(0), bm25));
            }

            return best < 0 ? [.. ranks.Select(r => (r.Item1, r.Item2 / best))] : [];
        }
    }
}
