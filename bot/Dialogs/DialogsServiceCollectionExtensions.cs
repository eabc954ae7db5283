using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Handbook;
using ConciergeBot.Dialogs.Requests;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// The turn pipeline and the dialog tree: one turn at a time per conversation, the middleware (transcript, text
    /// normalisation), the root bot with a request dialog per intent, the handbook answerer, and the hand-off to a
    /// person (it opens a ticket). Reads the state store (<c>AddStorage</c>), the classifier and entities
    /// (<c>AddUnderstanding</c>), the knowledge (<c>AddKnowledge</c>) and the ticket desk (<c>AddTickets</c>).
    /// </summary>
    public static IHostApplicationBuilder AddDialogs(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddHostedService<PipelineWarmUp>();
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<ITurnMiddleware, TranscriptMiddleware>();
        services.AddSingleton<ITurnMiddleware>(new TextNormalizationMiddleware(text =>
        {
            var normalized = TextNormalizer.Shared.Normalize(text);
            return (normalized.Text, normalized.WasTraditional);
        }, TextNormalizer.Shared.ToTraditional));
        services.AddSingleton<TurnProcessor>();

        services.AddSingleton<IBot, DialogBot>();
        services.AddSingleton<IHumanHandoff, TicketHandoff>();
        services.AddSingleton<RequestServices>();
        services.AddSingleton<HandbookAnswerer>();
        services.AddSingleton<IRequestDialog, RequestDialog>();
        services.AddSingleton<IRequestDialog, TicketStatusDialog>();
        services.AddSingleton<IRequestDialog, InquiryDialog>();
        return builder;
    }
}
