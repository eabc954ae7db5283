using System.Security.Cryptography;
using System.Text;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Tickets.Api;

/// <summary>
/// Endpoint filter of the staff API: <c>Authorization: Bearer &lt;token&gt;</c> must match a configured staff token
/// (compared in constant time); the member of staff becomes the <see cref="Actor"/> of what the request does.
/// </summary>
internal sealed class StaffAuthentication(IOptionsMonitor<StaffOptions> options, KnowledgeStore knowledge) : IEndpointFilter
{
    /// <summary>The roster as loaded now (roster.json is hot-reloaded).</summary>
    private Roster Roster => knowledge.Current.Roster;

    private const string ActorKey = "ConciergeBot.StaffActor";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || FindStaff(header[scheme.Length..].Trim()) is not { } member)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "a staff token is required (Authorization: Bearer ...)");
        }

        context.HttpContext.Items[ActorKey] = Actor.Staff(member);
        return await next(context).ConfigureAwait(false);
    }

    public static Actor ActorOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[ActorKey] as Actor ?? throw new InvalidOperationException("staff endpoint without StaffAuthentication");
    }

    private StaffMember? FindStaff(string token)
    {
        var offered = Encoding.UTF8.GetBytes(token);
        StaffMember? found = null;
        foreach (var (staffId, expected) in options.CurrentValue.Tokens)
        {
            if (CryptographicOperations.FixedTimeEquals(offered, Encoding.UTF8.GetBytes(expected)))
            {
                found = Roster.FindById(staffId);
            }
        }

        return found;
    }
}
