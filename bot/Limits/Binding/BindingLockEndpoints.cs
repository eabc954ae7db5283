using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Tickets.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConciergeBot.Limits.Binding;

/// <summary>
/// The staff API of binding lock-outs, behind a staff token like the ticket API, for the supervisor and the manager:
/// <c>GET /api/bindings/locks[?all=true]</c> lists them, <c>POST /api/bindings/locks/{id}/lift {"reason"}</c> lifts one
/// (who, when and why are kept on it).
/// </summary>
public static class BindingLockEndpoints
{
    public static IEndpointRouteBuilder MapLimits(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var locks = app.MapGroup("/api/bindings/locks").AddEndpointFilter<StaffAuthentication>().WithTags("bindings");
        locks.MapGet("/", ListAsync);
        locks.MapPost("/{id:long}/lift", LiftAsync);
        return app;
    }

    private static async Task<Results<Ok<BindingLock[]>, ProblemHttpResult>> ListAsync(HttpContext http, BindingLocks locks, CancellationToken ct, bool all = false)
    {
        if (Refused(http) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok((await locks.ListAsync(all, ct)).ToArray());
    }

    private static async Task<Results<Ok<BindingLock>, ProblemHttpResult>> LiftAsync(long id, HttpContext http, BindingLocks locks, CancellationToken ct)
    {
        if (Refused(http) is { } refused)
        {
            return refused;
        }

        var (body, problem) = await StaffBody.ReadAsync<LiftRequest>(http.Request, ct);
        if (body is null)
        {
            return problem!;
        }

        var (found, lifted) = await locks.LiftAsync(id, StaffAuthentication.ActorOf(http), body.Reason!.Trim(), ct);
        return (found, lifted) switch
        {
            (null, _) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"no binding lock-out {id}"),
            (_, false) => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"binding lock-out {id} is not in force (lifted or run out)"),
            _ => TypedResults.Ok(found),
        };
    }

    private static ProblemHttpResult? Refused(HttpContext http) =>
        StaffAuthentication.ActorOf(http).Role is StaffRole.Supervisor or StaffRole.Manager
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "only the supervisor (客服主管) or the manager (管理中心经理) may see or lift binding lock-outs");
}
