using System.Text.Json.Serialization;

namespace ConciergeBot.Channels.DirectLine;

/// <summary>The body of <c>/tokens/*</c>, <c>POST /conversations</c> and <c>GET /conversations/{id}</c> (Direct Line 3.0 "Conversation").</summary>
internal sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);

/// <summary>The body of <c>POST .../activities</c>.</summary>
internal sealed record ResourceResponse([property: JsonPropertyName("id")] string Id);

/// <summary>Direct Line's error envelope: <c>{"error": {"code", "message"}}</c>.</summary>
internal sealed record ErrorResponse([property: JsonPropertyName("error")] ErrorDetail Error);

internal sealed record ErrorDetail([property: JsonPropertyName("code")] string Code, [property: JsonPropertyName("message")] string Message);

/// <summary>Optional body of <c>/tokens/generate</c> and <c>POST /conversations</c> with a secret.</summary>
internal sealed record TokenParameters([property: JsonPropertyName("user")] TokenUser? User);

internal sealed record TokenUser([property: JsonPropertyName("id")] string? Id, [property: JsonPropertyName("name")] string? Name);
