using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConciergeBot.Tests.Harness;

/// <summary>
/// The caller's address as the service sees it. The in-memory test server leaves <c>Connection.RemoteIpAddress</c>
/// null (the service counts that as not loopback); the test hosts say which caller a request through it stands for —
/// a developer's curl on loopback unless a test says otherwise. Requests over Kestrel keep their real address.
/// </summary>
internal sealed class CallerAddress(IPAddress address) : IStartupFilter
{
    /// <summary>Makes in-memory requests come from <paramref name="address"/> (replacing an earlier choice).</summary>
    public static void Use(IServiceCollection services, IPAddress address)
    {
        services.RemoveAll<CallerAddress>();
        services.AddSingleton(new CallerAddress(address));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, CallerAddressFilter>());
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= address;
            return nextMiddleware(context);
        });
        next(app);
    };

    private sealed class CallerAddressFilter(CallerAddress caller) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => caller.Configure(next);
    }
}
