using System.Globalization;
using System.Text.Json;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Notifications;

namespace ConciergeBot.Channels.Proactive;

/// <summary>
/// Delivers owner updates from the outbox on the channel the owner used: through the ticket's own conversation
/// reference, else the conversation the owner spoke in last. An owner with no conversation the bot can write to is
/// a failure no retry mends (<see cref="NotSupportedException"/>).
/// </summary>
internal sealed class OwnerUpdateChannel(ConversationReferenceStore references, ProactiveMessenger messenger) : INotificationChannel
{
    public const string ChannelName = "owner";

    public string Name => ChannelName;

    public bool IsEnabled => true;

    public bool TakesPings => false;

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var payload = message.Payload is { } json ? JsonSerializer.Deserialize<OwnerUpdatePayload>(json, ActivityJson.Options) : null;
        var reference = payload?.Reference is { ChannelId.Length: > 0, Conversation.Id.Length: > 0 } own ? own
            : message.RecipientId is { } userId ? await references.FindLatestForUserAsync(userId, null, cancellationToken, messenger.CanDeliver).ConfigureAwait(false)
            : null;
        if (reference is null)
        {
            throw new NotSupportedException("the owner has no conversation the bot can write to");
        }

        var activity = payload?.Choices is { Count: > 0 } choices
            ? MessageFactory.SuggestedActions(choices, message.Text)
            : MessageFactory.Text(message.Text);
        await messenger.SendAsync(reference, activity, "owner:" + message.Id.ToString(CultureInfo.InvariantCulture), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The ticket's own conversation reference, when its dialog stored one as JSON.</summary>
    public static ConversationReference? ParseReference(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || !json.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            var reference = JsonSerializer.Deserialize<ConversationReference>(json, ActivityJson.Options);
            return reference is { ChannelId.Length: > 0, Conversation.Id.Length: > 0 } ? reference : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
