using System.Text.Json;
using ConciergeBot.Knowledge.Sla;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConciergeBot.Tickets.Api;

/// <summary>
/// Reads the body of a staff act. Minimal-API binding answers a body it cannot read with an empty 400; staff and their
/// tools need to know which field is wrong and what is allowed, so the body is read here: ticket states and clocks as
/// their documented names or numbers (<see cref="DefinedEnumConverter{TEnum}"/>), then the body's own
/// <see cref="IStaffRequest.Problem"/>.
/// </summary>
internal static class StaffBody
{
    public const string DateExample = "ISO 8601 with the offset, e.g. 2026-12-03T18:00:00+08:00";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new DefinedEnumConverter<TicketState>(), new DefinedEnumConverter<ClockKind>() },
    };

    /// <summary>The body, or the 400 that says why it cannot be acted on.</summary>
    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return (null, Invalid("send the body as application/json"));
        }

        T? body;
        try
        {
            body = await request.ReadFromJsonAsync<T>(Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return (null, Invalid(Describe(e)));
        }

        return body switch
        {
            null => (null, Invalid("the body is empty")),
            IStaffRequest r when r.Problem() is { } problem => (null, Invalid(problem)),
            _ => (body, null),
        };
    }

    public static ProblemHttpResult Invalid(string reason) => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: reason);

    /// <summary>
    /// The field and what is wrong with it. The serializer's own messages name our types and end with " Path: …";
    /// <see cref="DefinedEnumConverter{TEnum}"/>'s say what is allowed and carry the path only in <see cref="JsonException.Path"/>.
    /// </summary>
    private static string Describe(JsonException e)
    {
        var field = e.Path is ['$', '.', .. var name] ? name : null;
        var own = !e.Message.Contains(" Path: ", StringComparison.Ordinal);
        return (field, own) switch
        {
            (null, _) => $"the body is not a JSON object: {e.Message.Split(" Path: ")[0]}",
            (_, true) => $"{field}: {e.Message}",
            ("due" or "at", false) => $"{field} must be a date and time, {DateExample}",
            _ => $"{field} has a value of the wrong kind",
        };
    }
}
