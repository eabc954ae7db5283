using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Handbook;
using Microsoft.Extensions.Logging;

namespace ConciergeBot.Knowledge.Store;

/// <summary>
/// Serves the current <see cref="KnowledgeSnapshot"/> and hot-reloads it: a <see cref="FileSystemWatcher"/> on the
/// data and handbook folders, debounced, rebuilds a complete snapshot and swaps it in. A file that fails to load
/// is rejected with a log line naming it and the fault, and the last good snapshot keeps serving.
/// The first load happens in the constructor and throws, so a bad deployment fails at start.
/// </summary>
public sealed partial class KnowledgeStore : IDisposable
{
    private static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(500);

    private readonly string _dataPath;
    private readonly string _handbookPath;
    private readonly ILogger<KnowledgeStore> _logger;
    private readonly TimeProvider _time;
    private readonly TimeSpan _debounce;
    private readonly Lock _reloadGate = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ITimer? _debounceTimer;
    private volatile KnowledgeSnapshot _current;

    public KnowledgeStore(EstateOptions options, ILogger<KnowledgeStore> logger, TimeProvider time, bool watch = true, TimeSpan? debounce = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _dataPath = options.ResolveDataPath();
        _handbookPath = options.ResolveHandbookPath();
        _logger = logger;
        _time = time;
        _debounce = debounce ?? DefaultDebounce;
        _current = KnowledgeSnapshot.Load(_dataPath, _handbookPath, time);
        LogLoaded(_current.Version, _current.Handbook.Entries.Count, _dataPath, _handbookPath);
        if (watch)
        {
            _debounceTimer = time.CreateTimer(_ => TryReload(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Watch(_dataPath, "*.json");
            Watch(_handbookPath, "*.md");
        }
    }

    /// <summary>The snapshot serving now; take it once per question.</summary>
    public KnowledgeSnapshot Current => _current;

    /// <summary>Raised after a successful reload, with the new snapshot.</summary>
    public event EventHandler<KnowledgeSnapshot>? Reloaded;

    /// <summary>Raised when a reload was rejected, with the reason (the last good snapshot keeps serving).</summary>
    public event EventHandler<string>? ReloadRejected;

    /// <summary>Entries not reviewed within the month before <paramref name="today"/> (for the monthly review job).</summary>
    public IReadOnlyList<HandbookEntry> EntriesDueForReview(DateOnly today) => _current.Handbook.DueForReview(today);

    /// <summary>Reloads everything now; false (and the old snapshot kept) when a file is bad.</summary>
    public bool TryReload()
    {
        lock (_reloadGate)
        {
            var old = _current;
            KnowledgeSnapshot fresh;
            try
            {
                fresh = KnowledgeSnapshot.Load(_dataPath, _handbookPath, _time, old.Version + 1, old.Search.Threshold);
            }
            catch (KnowledgeDataException e)
            {
                LogRejected(e.Message, old.Version, old.LoadedAt);
                ReloadRejected?.Invoke(this, e.Message);
                return false;
            }

            _current = fresh;
            LogLoaded(fresh.Version, fresh.Handbook.Entries.Count, _dataPath, _handbookPath);
            Reloaded?.Invoke(this, fresh);

            // Readers that took the old snapshot may still be searching it; its search falls back to bigram scoring once disposed.
            old.Dispose();
            return true;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounceTimer?.Dispose();
        _current.Dispose();
    }

    private void Watch(string folder, string filter)
    {
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += OnChanged;
        watcher.Created += OnChanged;
        watcher.Deleted += OnChanged;
        watcher.Renamed += OnChanged;
        watcher.Error += (_, e) => LogWatcherError(folder, e.GetException().Message);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    // Editors write a file in several steps; wait until the folder has been quiet for the debounce interval.
    private void OnChanged(object sender, FileSystemEventArgs e) => _debounceTimer?.Change(_debounce, Timeout.InfiniteTimeSpan);

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge v{Version} loaded: {Entries} handbook entries (data {DataPath}, handbook {HandbookPath})")]
    private partial void LogLoaded(int version, int entries, string dataPath, string handbookPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge reload rejected: {Reason} Still serving v{Version} loaded at {LoadedAt:O}.")]
    private partial void LogRejected(string reason, int version, DateTimeOffset loadedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge folder watcher error on {Folder}: {Error}")]
    private partial void LogWatcherError(string folder, string error);
}
