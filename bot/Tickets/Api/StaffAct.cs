using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Sla;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConciergeBot.Tickets.Api;

/// <summary>
/// Runs one staff act of the ticket API: the body read (<see cref="StaffBody"/>), the ticket found, the act done as the
/// caller in one transaction (the workflow checks <see cref="StaffRights"/> there), refusals turned into status codes.
/// </summary>
internal static class StaffAct
{
    /// <summary>A staff act with a body: the body is read first (400 with the reason), then the act as below.</summary>
    public static async Task<Results<Ok<TicketDetailsView>, ProblemHttpResult>> RunAsync<TBody>(
        string id, HttpContext http, Func<Ticket, TBody, Actor, Task<Ticket>> act, CancellationToken ct)
        where TBody : class
    {
        var (body, problem) = await StaffBody.ReadAsync<TBody>(http.Request, ct);
        return body is null ? problem! : await RunAsync(id, http, (t, actor) => act(t, body, actor), ct);
    }

    /// <summary>
    /// A staff act on the ticket <paramref name="id"/> (id or number) by the caller: refusals of the ticket rules and
    /// of <see cref="StaffRights"/> become 404, 403, 409 or 400 with the reason; otherwise the ticket as it is now.
    /// </summary>
    public static async Task<Results<Ok<TicketDetailsView>, ProblemHttpResult>> RunAsync(
        string id, HttpContext http, Func<Ticket, Actor, Task<Ticket>> act, CancellationToken ct)
    {
        var services = http.RequestServices;
        var board = services.GetRequiredService<TicketBoard>();
        var ticket = await board.FindAsync(id, ct);
        if (ticket is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"no ticket {id}");
        }

        try
        {
            await act(ticket, StaffAuthentication.ActorOf(http));
        }
        catch (TicketRuleException ex)
        {
            return TypedResults.Problem(statusCode: ex.Kind switch
            {
                TicketRuleKind.NotFound => StatusCodes.Status404NotFound,
                TicketRuleKind.Forbidden => StatusCodes.Status403Forbidden,
                TicketRuleKind.Conflict => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            }, title: ex.Message);
        }

        var updated = await board.FindAsync(ticket.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        return TypedResults.Ok(await TicketEndpoints.DetailsAsync(updated!, board, services.GetRequiredService<Roster>(),
            services.GetRequiredService<SlaPolicy>(), services.GetRequiredService<TimeProvider>(), ct));
    }
}
