using ConciergeBot.Knowledge;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Notifications;
using ConciergeBot.Sla;
using ConciergeBot.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConciergeBot.Tickets.Api;

/// <summary>
/// The staff ticket API under <c>/api/tickets</c>, every route behind a staff token:
/// list (filters state, atRisk, building, intent), one ticket with clocks, timeline and pings, the state
/// transitions, reopen, pause/resume, extension (manager), appointment, the calendar overrides and the outbox.
/// </summary>
public static class TicketEndpoints
{
    public static IEndpointRouteBuilder MapTickets(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var tickets = app.MapGroup("/api/tickets").AddEndpointFilter<StaffAuthentication>().WithTags("tickets");
        tickets.MapGet("/", ListAsync);
        tickets.MapGet("/{id}", GetAsync);
        tickets.MapPost("/{id}/state", (string id, StateChange body, HttpContext http, TicketBoard board, TicketWorkflow workflow, CancellationToken ct) =>
            ActAsync(id, http, board, t => workflow.MoveAsync(t.Id, body.To, StaffAuthentication.ActorOf(http), body.Assignee, body.Note, ct), ct));
        tickets.MapPost("/{id}/reopen", (string id, ReasonRequest body, HttpContext http, TicketBoard board, TicketWorkflow workflow, CancellationToken ct) =>
            ActAsync(id, http, board, t => workflow.ReopenAsync(t.Id, StaffAuthentication.ActorOf(http), body.Reason, ct), ct));
        tickets.MapPost("/{id}/pause", (string id, ReasonRequest body, HttpContext http, TicketBoard board, TicketWorkflow workflow, CancellationToken ct) =>
            ActAsync(id, http, board, t => workflow.PauseAsync(t.Id, StaffAuthentication.ActorOf(http), body.Reason, ct), ct));
        tickets.MapPost("/{id}/resume", (string id, HttpContext http, TicketBoard board, TicketWorkflow workflow, CancellationToken ct) =>
            ActAsync(id, http, board, t => workflow.ResumeAsync(t.Id, StaffAuthentication.ActorOf(http), ct), ct));
        tickets.MapPost("/{id}/extend", (string id, ExtensionRequest body, HttpContext http, TicketBoard board, TicketWorkflow workflow, CancellationToken ct) =>
            ActAsync(id, http, board, t => workflow.ExtendAsync(t.Id, body.Clock, body.Due, body.Reason, StaffAuthentication.ActorOf(http), ct), ct));
        tickets.MapPost("/{id}/appointment", (string id, AppointmentRequest body, HttpContext http, TicketBoard board, TicketWorkflow workflow, CancellationToken ct) =>
            ActAsync(id, http, board, t => workflow.SetAppointmentAsync(t.Id, body.At, StaffAuthentication.ActorOf(http), ct), ct));

        var calendar = app.MapGroup("/api/calendar").AddEndpointFilter<StaffAuthentication>().WithTags("calendar");
        calendar.MapGet("/overrides", (WorkingDayCalendar c) => TypedResults.Ok(c.Overrides));
        calendar.MapPut("/overrides/{date}", PutOverrideAsync);
        calendar.MapDelete("/overrides/{date}", DeleteOverrideAsync);

        app.MapGroup("/api/notifications").AddEndpointFilter<StaffAuthentication>().WithTags("notifications")
            .MapGet("/outbox", OutboxAsync);
        return app;
    }

    private static async Task<Ok<TicketView[]>> ListAsync(
        TicketBoard board, Roster roster, SlaPolicy policy, TimeProvider time, CancellationToken ct,
        TicketState? state = null, bool atRisk = false, int? building = null, string? intent = null, int limit = 100, int offset = 0)
    {
        var tickets = await board.ListAsync(new TicketQuery(state, atRisk, building, intent, limit, offset), ct);
        var now = time.GetUtcNow();
        return TypedResults.Ok(tickets.Select(t => TicketView.From(t, roster, policy.Warnings[0], now)).ToArray());
    }

    private static async Task<Results<Ok<TicketDetailsView>, NotFound>> GetAsync(
        string id, TicketBoard board, Roster roster, SlaPolicy policy, TimeProvider time, CancellationToken ct)
    {
        var ticket = await board.FindAsync(id, ct);
        return ticket is null ? TypedResults.NotFound() : TypedResults.Ok(await DetailsAsync(ticket, board, roster, policy, time, ct));
    }

    private static async Task<Results<Ok<TicketDetailsView>, ProblemHttpResult>> ActAsync(
        string id, HttpContext http, TicketBoard board, Func<Ticket, Task<Ticket>> act, CancellationToken ct)
    {
        var ticket = await board.FindAsync(id, ct);
        if (ticket is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"no ticket {id}");
        }

        try
        {
            await act(ticket);
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

        var services = http.RequestServices;
        var updated = await board.FindAsync(ticket.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        return TypedResults.Ok(await DetailsAsync(updated!, board, services.GetRequiredService<Roster>(),
            services.GetRequiredService<SlaPolicy>(), services.GetRequiredService<TimeProvider>(), ct));
    }

    private static async Task<TicketDetailsView> DetailsAsync(Ticket ticket, TicketBoard board, Roster roster, SlaPolicy policy, TimeProvider time, CancellationToken ct)
    {
        var timeline = await board.TimelineAsync(ticket.Id, ct);
        var pings = await board.PingsAsync(ticket.Id, ct);
        return new TicketDetailsView(TicketView.From(ticket, roster, policy.Warnings[0], time.GetUtcNow()),
            [.. timeline.Select(e => TimelineEntry.From(e, ticket.Clocks))], [.. pings.Select(PingView.From)]);
    }

    private static async Task<Results<Ok<CalendarOverride>, ProblemHttpResult>> PutOverrideAsync(
        DateOnly date, CalendarOverrideRequest body, HttpContext http, CalendarOverrides overrides, CancellationToken ct)
    {
        var actor = StaffAuthentication.ActorOf(http);
        if (actor.Role is not (StaffRole.Supervisor or StaffRole.Manager))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "only the supervisor or the manager may correct the calendar");
        }

        if (string.IsNullOrWhiteSpace(body.Reason))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "a reason is required");
        }

        var correction = new CalendarOverride(date, body.Working, body.Reason.Trim());
        await overrides.SetAsync(correction, actor, ct);
        return TypedResults.Ok(correction);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteOverrideAsync(
        DateOnly date, HttpContext http, CalendarOverrides overrides, CancellationToken ct)
    {
        if (StaffAuthentication.ActorOf(http).Role is not (StaffRole.Supervisor or StaffRole.Manager))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "only the supervisor or the manager may correct the calendar");
        }

        return await overrides.RemoveAsync(date, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Ok<PingView[]>> OutboxAsync(SqliteDatabase database, CancellationToken ct, bool failed = false)
    {
        await using var connection = await database.OpenAsync(ct);
        var entries = await Outbox.AllAsync(connection, failed, ct);
        return TypedResults.Ok(entries.Select(PingView.From).ToArray());
    }
}
