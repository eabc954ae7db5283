using System.Text.Json.Serialization;

namespace ConciergeBot.Channels.WebChat;

/// <summary>What <c>POST /chat/token</c> gives the page: a Direct Line token for a new conversation, and the user it speaks as.</summary>
internal sealed record ChatSession(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("userId")] string UserId);
