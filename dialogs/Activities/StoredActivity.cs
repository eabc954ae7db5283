using System.Text.Json;

namespace ConciergeBot.Dialogs.Activities;

/// <summary>
/// The part of an activity that is kept (transcript, Direct Line log): the fields the bot and Web Chat use, each
/// bounded, and nothing else. A client may send up to 256 KB of fields we never read — its own extension properties,
/// <c>entities</c>, <c>channelData</c> payloads, big card contents —; storing them verbatim grew the database by that much
/// per message. Kept: type, ids, timestamp, channel, from/recipient (id, name, role), conversation id, replyToId,
/// text, locale, inputHint, event name, a small value, members added/removed, attachments (type, URL and name; small
/// contents), suggested actions, and of channelData only Web Chat's <c>clientActivityID</c> and <c>clientTimestamp</c>
/// (Web Chat matches its echo by them). Texts are cleaned of control and bidi characters (<see cref="StoredText"/>).
/// </summary>
public static class StoredActivity
{
    /// <summary>A value, or an attachment's content, larger than this (as JSON) is not kept.</summary>
    public const int MaxValueBytes = 1024;

    public const int MaxContentBytes = 4096;

    private const int MaxShortText = 256;
    private const int MaxUrl = 2048;
    private static readonly string[] ChannelDataKept = ["clientActivityID", "clientTimestamp"];

    public static Activity Trim(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new Activity
        {
            Type = Short(activity.Type),
            Id = Short(activity.Id),
            Timestamp = activity.Timestamp,
            ChannelId = Short(activity.ChannelId),
            From = Account(activity.From),
            Recipient = Account(activity.Recipient),
            Conversation = activity.Conversation is { } conversation ? new ConversationAccount(Short(conversation.Id)!) : null,
            ReplyToId = Short(activity.ReplyToId),
            Text = StoredText.Clean(activity.Text),
            Locale = Short(activity.Locale),
            InputHint = Short(activity.InputHint),
            Name = Short(activity.Name),
            Value = Small(activity.Value, MaxValueBytes),
            MembersAdded = Accounts(activity.MembersAdded),
            MembersRemoved = Accounts(activity.MembersRemoved),
            Attachments = activity.Attachments is { Count: > 0 } attachments
                ? [.. attachments.Take(10).Select(a => new Attachment(
                    Short(a.ContentType) ?? "", a.ContentUrl is { Length: <= MaxUrl } url ? url : null, Small(a.Content, MaxContentBytes), Short(a.Name)))]
                : null,
            SuggestedActions = activity.SuggestedActions,
            ChannelData = ClientIds(activity.ChannelData),
        };
    }

    private static ChannelAccount? Account(ChannelAccount? account) =>
        account is null ? null : new ChannelAccount(Short(account.Id)!, Short(StoredText.Clean(account.Name)), Short(account.Role));

    private static List<ChannelAccount>? Accounts(IList<ChannelAccount>? accounts) =>
        accounts is { Count: > 0 } ? [.. accounts.Take(10).Select(a => Account(a)!)] : null;

    private static string? Short(string? text) => text is { Length: > MaxShortText } ? text[..MaxShortText] : text;

    private static JsonElement? Small(JsonElement? value, int maxBytes) =>
        value is { } element && element.GetRawText().Length <= maxBytes ? element : null;

    /// <summary>Web Chat's own two channelData fields, when they are short strings; null when there are none.</summary>
    private static JsonElement? ClientIds(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in ChannelDataKept)
        {
            if (data.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String && field.GetString() is { Length: <= MaxShortText } text)
            {
                kept[name] = text;
            }
        }

        return kept.Count == 0 ? null : JsonSerializer.SerializeToElement(kept);
    }
}
