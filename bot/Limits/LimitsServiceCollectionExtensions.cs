using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Requests.Binding;
using ConciergeBot.Limits.Binding;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>
    /// Limits on hostile or runaway traffic, all under <c>Limits</c>: turns per channel user (a turn middleware — it
    /// runs after the transcript and normalisation of <c>AddDialogs</c>, so add it after that), the per-address limits
    /// the Direct Line, web chat and <c>/api/messages</c> endpoints put on themselves, the binding lock-outs (their
    /// tables, the guard the request dialogs ask, the staff API of <c>MapLimits</c>). Ticket openings are counted by
    /// the ticket desk (<c>AddTickets</c>) with these options.
    /// </summary>
    public static IHostApplicationBuilder AddLimits(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddLimitsOptions();
        services.AddSingleton<AddressLimits>();
        services.AddSingleton<ITurnMiddleware, TurnLimitMiddleware>();
        services.AddSingleton(BindingMigrations.Locks);
        services.AddSingleton<BindingLocks>();
        services.AddSingleton<IBindingGuard>(sp => sp.GetRequiredService<BindingLocks>());
        return builder;
    }

    /// <summary>
    /// The <c>Limits</c> options, validated on start; also needed by hosts that open tickets without the rest of the
    /// limits (the ticket hosts of the tests and benchmarks). Registered once.
    /// </summary>
    internal static IServiceCollection AddLimitsOptions(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<LimitsOptions>)))
        {
            return services;
        }

        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LimitsOptions>, LimitsOptionsValidator>();
        return services;
    }
}
