using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConciergeBot.Dialogs.Activities;

/// <summary>
/// The Bot Framework Activity (schema subset). Serialised camelCase with nulls omitted (<see cref="ActivityJson"/>);
/// fields we don't model are kept in <see cref="Properties"/> and written back unchanged.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? Locale { get; set; }
    public string? InputHint { get; set; }
    public string? Name { get; set; }
    public JsonElement? Value { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public JsonElement? ChannelData { get; set; }
    public IList<JsonElement>? Entities { get; set; }
    public string? DeliveryMode { get; set; }

    /// <summary>Unknown fields, preserved round-trip.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    [JsonIgnore]
    public bool IsMessage => Type == ActivityTypes.Message;

    public ConversationReference GetConversationReference() => new(
        ChannelId ?? "", ServiceUrl, Conversation ?? new ConversationAccount(""), From, Recipient, Locale);

    /// <summary>A reply addressed back to the sender, in the same conversation, like the SDK's CreateReply.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = Recipient,
        Recipient = From,
        ReplyToId = Id,
        Locale = Locale ?? "zh-CN",
        Text = text,
    };
}
