using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Limits;
using ConciergeBot.Sla;
using ConciergeBot.Tickets.Api;
using ConciergeBot.Tickets.Reminders;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Tickets;

public static class TicketsServiceCollectionExtensions
{
    /// <summary>
    /// Tickets with their deadlines: the SLA policy (targets, warnings, escalation), the ticket desk the request
    /// dialogs open tickets through, the workflow staff move them along (and the staff API's options), and the
    /// reminders: one in-process scheduler over the clock rows' <c>next_stage_at</c>, firing each stage through the
    /// group-commit writer. Pings go out through <c>AddNotifications</c>' outbox.
    /// </summary>
    public static IHostApplicationBuilder AddTickets(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlaOptions>, SlaOptionsValidator>();
        services.AddSingleton<SlaPolicy>();
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StaffOptions>, StaffOptionsValidator>();
        foreach (var migration in TicketMigrations.All)
        {
            services.AddSingleton(migration);
        }

        // The desk counts each owner's openings against Limits:Tickets and Limits:TicketsPerDay.
        services.AddLimitsOptions();
        services.AddSingleton(TicketMigrations.DeliveredOutboxRetention);

        services.AddSingleton<TicketPings>();
        services.AddSingleton<TicketTransactions>();
        services.AddSingleton<TicketDesk>();
        services.AddSingleton<ITicketDesk>(sp => sp.GetRequiredService<TicketDesk>());
        services.AddSingleton<TicketWorkflow>();
        services.AddSingleton<TicketBoard>();

        services.AddSingleton<ReminderSignal>();
        services.AddSingleton<ClockKeeper>();
        services.AddHostedService<ReminderScheduler>();
        services.AddHostedService<RetiredReminderTriggers>();
        return builder;
    }
}
