using ConciergeBot.Dialogs.Handbook;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Understanding;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConciergeBot.Benchmarks.Knowledge;

/// <summary>A handbook answerer over the shipped knowledge files, warmed up (tables loaded, code jitted).</summary>
internal static class AnswererFactory
{
    public static (HandbookAnswerer Answerer, KnowledgeStore Store) Create()
    {
        var store = new KnowledgeStore(new EstateOptions(), NullLogger<KnowledgeStore>.Instance, TimeProvider.System, watch: false);
        var answerer = new HandbookAnswerer(store, new EstateEntities(store).Recognize, TimeProvider.System);
        for (var i = 0; i < 20; i++)
        {
            foreach (var question in SampleQuestions.All)
            {
                answerer.Answer(question);
            }
        }

        return (answerer, store);
    }
}
