using ConciergeBot.Dialogs.Handbook;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Tests.Harness;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConciergeBot.Tests.Dialogs.Handbook;

/// <summary>One answerer over the shipped knowledge files, shared by the answerer tests (it is thread-safe).</summary>
public sealed class HandbookAnswererFixture : IDisposable
{
    private readonly KnowledgeStore _store = new(new EstateOptions(), NullLogger<KnowledgeStore>.Instance, TimeProvider.System, watch: false);

    public HandbookAnswererFixture() =>
        Answerer = new HandbookAnswerer(_store, new EntityRecognizer().Recognize, new ManualClock(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8))));

    internal HandbookAnswerer Answerer { get; }

    public void Dispose() => _store.Dispose();
}
