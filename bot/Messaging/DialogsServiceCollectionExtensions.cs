using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Messaging;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The turn pipeline (middleware, one turn at a time per conversation) and the dialog bot.</summary>
    public static IHostApplicationBuilder AddDialogs(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<ITurnMiddleware, TranscriptMiddleware>();
        services.AddSingleton<ITurnMiddleware>(new TextNormalizationMiddleware(text =>
        {
            var normalized = TextNormalizer.Shared.Normalize(text);
            return (normalized.Text, normalized.WasTraditional);
        }, TextNormalizer.Shared.ToTraditional));
        services.AddSingleton<EntityRecognizer>();
        services.AddSingleton<EntityExtractor>(sp => sp.GetRequiredService<EntityRecognizer>().Recognize);
        services.AddSingleton(_ => MessageUnderstanding.Shared.Classifier);
        services.AddSingleton<IMessageClassifier, TrainedClassifier>();
        services.AddSingleton<IHumanHandoff, ReplyHandoff>();
        services.AddSingleton<IBot, DialogBot>();
        services.AddSingleton<TurnProcessor>();
        return builder;
    }
}
