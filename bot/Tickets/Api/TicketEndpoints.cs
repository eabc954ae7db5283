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
        tickets.MapPost("/{id}/state", (string id, HttpContext http, TicketWorkflow workflow, CancellationToken ct) =>
            StaffAct.RunAsync<StateChange>(id, http, (t, body, actor) => workflow.MoveAsync(t.Id, body.To!.Value, actor, body.Assignee, body.Note, ct), ct));
        tickets.MapPost("/{id}/reopen", (string id, HttpContext http, TicketWorkflow workflow, CancellationToken ct) =>
            StaffAct.RunAsync<ReasonRequest>(id, http, (t, body, actor) => workflow.ReopenAsync(t.Id, actor, body.Reason ?? "", ct), ct));
        tickets.MapPost("/{id}/pause", (string id, HttpContext http, TicketWorkflow workflow, CancellationToken ct) =>
            StaffAct.RunAsync<ReasonRequest>(id, http, (t, body, actor) => workflow.PauseAsync(t.Id, actor, body.Reason ?? "", ct), ct));
        tickets.MapPost("/{id}/resume", (string id, HttpContext http, TicketWorkflow workflow, CancellationToken ct) =>
            StaffAct.RunAsync(id, http, (t, actor) => workflow.ResumeAsync(t.Id, actor, ct), ct));
        tickets.MapPost("/{id}/extend", (string id, HttpContext http, TicketWorkflow workflow, CancellationToken ct) =>
            StaffAct.RunAsync<ExtensionRequest>(id, http, (t, body, actor) => workflow.ExtendAsync(t.Id, body.Clock!.Value, body.Due!.Value, body.Reason ?? "", actor, ct), ct));
        tickets.MapPost("/{id}/appointment", (string id, HttpContext http, TicketWorkflow workflow, CancellationToken ct) =>
            StaffAct.RunAsync<AppointmentRequest>(id, http, (t, body, actor) => workflow.SetAppointmentAsync(t.Id, body.At!.Value, actor, ct), ct));

        var calendar = app.MapGroup("/api/calendar").AddEndpointFilter<StaffAuthentication>().WithTags("calendar");
        calendar.MapGet("/overrides", (WorkingDayCalendar c) => TypedResults.Ok(c.Overrides));
        calendar.MapPut("/overrides/{date}", PutOverrideAsync);
        calendar.MapDelete("/overrides/{date}", DeleteOverrideAsync);

        app.MapGroup("/api/notifications").AddEndpointFilter<StaffAuthentication>().WithTags("notifications")
            .MapGet("/outbox", OutboxAsync);
        return app;
    }

    private static async Task<Results<Ok<TicketView[]>, ProblemHttpResult>> ListAsync(
        TicketBoard board, Roster roster, SlaPolicy policy, TimeProvider time, CancellationToken ct,
        string? state = null, bool atRisk = false, int? building = null, string? intent = null, int limit = 100, int offset = 0)
    {
        TicketState? filter = null;
        if (state is not null)
        {
            if (!DefinedEnum.TryParse<TicketState>(state, out var parsed))
            {
                return StaffBody.Invalid(DefinedEnum.Refusal<TicketState>(state));
            }

            filter = parsed;
        }

        var tickets = await board.ListAsync(new TicketQuery(filter, atRisk, building, intent, limit, offset), ct);
        var now = time.GetUtcNow();
        return TypedResults.Ok(tickets.Select(t => TicketView.From(t, roster, policy.Warnings[0], now)).ToArray());
    }

    private static async Task<Results<Ok<TicketDetailsView>, NotFound>> GetAsync(
        string id, TicketBoard board, Roster roster, SlaPolicy policy, TimeProvider time, CancellationToken ct)
    {
        var ticket = await board.FindAsync(id, ct);
        return ticket is null ? TypedResults.NotFound() : TypedResults.Ok(await DetailsAsync(ticket, board, roster, policy, time, ct));
    }

    internal static async Task<TicketDetailsView> DetailsAsync(Ticket ticket, TicketBoard board, Roster roster, SlaPolicy policy, TimeProvider time, CancellationToken ct)
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
