using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConciergeBot.Dialogs.Activities;

/// <summary>A user or bot in a conversation (<c>from</c>, <c>recipient</c>, <c>membersAdded</c>).</summary>
public sealed record ChannelAccount(string Id, string? Name = null, string? Role = null)
{
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}
