using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using Microsoft.Extensions.Logging;

namespace ConciergeBot.Tests.Knowledge.Store;

public sealed class KnowledgeStoreTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly DirectoryInfo _root = KnowledgeFiles.CopyToTemp();
    private readonly ListLogger _log = new();

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task Edited_handbook_file_is_picked_up_without_restart()
    {
        using var store = NewStore();
        Assert.Contains("7天", Answer(store, "大件快递放几天"), StringComparison.Ordinal);
        var reloaded = NextReload(store);

        var file = Path.Combine(_root.FullName, "Handbook", "rules", "rule.parcels.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("保管7天", "保管10天", StringComparison.Ordinal));

        var snapshot = await reloaded.WaitAsync(Wait);
        Assert.Equal(2, snapshot.Version);
        Assert.Contains("10天", Answer(store, "大件快递放几天"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edited_fee_table_changes_the_calculation()
    {
        using var store = NewStore();
        var reloaded = NextReload(store);

        var file = Path.Combine(_root.FullName, "Data", "fees.json");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("\"HighRise\": 2.80", "\"HighRise\": 3.00", StringComparison.Ordinal));

        await reloaded.WaitAsync(Wait);
        Assert.Equal(3.00m, store.Current.Fees.Item("property").PriceFor(BuildingKind.HighRise));
    }

    [Fact]
    public async Task Broken_file_is_rejected_and_the_last_good_version_keeps_serving()
    {
        using var store = NewStore();
        var rejected = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        store.ReloadRejected += (_, reason) => rejected.TrySetResult(reason);

        var file = Path.Combine(_root.FullName, "Handbook", "rules", "rule.parcels.md");
        await File.WriteAllTextAsync(file, "---\nid: rule.parcels\ntitle: 快递\n---\n大件包裹保管 99 天。");

        var reason = await rejected.Task.WaitAsync(Wait);
        Assert.Contains("rule.parcels.md", reason, StringComparison.Ordinal);
        Assert.Contains("lacks 'effective'", reason, StringComparison.Ordinal);
        Assert.Equal(1, store.Current.Version);
        Assert.Contains("7天", Answer(store, "大件快递放几天"), StringComparison.Ordinal);
        Assert.Contains(_log.Lines, l => l.StartsWith("Error: Knowledge reload rejected: rule.parcels.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_json_is_rejected_with_file_and_line()
    {
        using var store = NewStore(watch: false);
        File.WriteAllText(Path.Combine(_root.FullName, "Data", "roster.json"), "{ \"staff\": [ { \"id\": 1 ");

        Assert.False(store.TryReload());
        Assert.Contains(_log.Lines, l => l.Contains("roster.json: invalid JSON at line 1", StringComparison.Ordinal));
        Assert.Equal("李静", store.Current.Roster.AssistantFor(1)!.Name);
    }

    [Fact]
    public void First_load_of_a_bad_folder_fails_loudly()
    {
        File.Delete(Path.Combine(_root.FullName, "Data", "fees.json"));

        var error = Assert.Throws<ConciergeBot.Knowledge.KnowledgeDataException>(() => NewStore(watch: false));
        Assert.Contains("fees.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_list_comes_from_the_current_handbook()
    {
        using var store = NewStore(watch: false);

        Assert.Empty(store.EntriesDueForReview(new DateOnly(2026, 11, 22)));
        var due = store.EntriesDueForReview(new DateOnly(2026, 12, 15));
        Assert.True(due.Count >= 60, $"{due.Count} entries due"); // the shipped handbook was reviewed on 2026-10-31
        Assert.Equal(store.Current.Handbook.Entries.Count(e => e.Reviewed < new DateOnly(2026, 11, 15)), due.Count);
    }

    private KnowledgeStore NewStore(bool watch = true) => new(
        new EstateOptions { DataPath = Path.Combine(_root.FullName, "Data"), HandbookPath = Path.Combine(_root.FullName, "Handbook") },
        _log, TimeProvider.System, watch, TimeSpan.FromMilliseconds(100));

    private static string Answer(KnowledgeStore store, string question) => store.Current.Search.Search(question).Best?.Body ?? "";

    private static Task<KnowledgeSnapshot> NextReload(KnowledgeStore store)
    {
        var reloaded = new TaskCompletionSource<KnowledgeSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        store.Reloaded += (_, snapshot) => reloaded.TrySetResult(snapshot);
        return reloaded.Task;
    }

    private sealed class ListLogger : ILogger<KnowledgeStore>
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_lines)
            {
                _lines.Add($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }
}
