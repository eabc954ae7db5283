using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Sla;
using ConciergeBot.Storage;
using ConciergeBot.Tickets.Api;
using ConciergeBot.Tickets.Reminders;
using Microsoft.Extensions.Options;
using Quartz;

namespace ConciergeBot.Tickets;

public static class TicketsServiceCollectionExtensions
{
    /// <summary>
    /// Tickets with their deadlines: the SLA policy (targets, warnings, escalation), the ticket desk the request
    /// dialogs open tickets through, the workflow staff move them along (and the staff API's options), and the
    /// reminders: Quartz with its persistent store in the service's SQLite file (<c>Sla:Scheduler</c> = <c>Quartz</c>,
    /// the default) or the sweep alone (<c>Sweep</c>). Pings go out through <c>AddNotifications</c>' outbox.
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

        services.AddSingleton<TicketPings>();
        services.AddSingleton<TicketTransactions>();
        services.AddSingleton<TicketDesk>();
        services.AddSingleton<ITicketDesk>(sp => sp.GetRequiredService<TicketDesk>());
        services.AddSingleton<TicketWorkflow>();
        services.AddSingleton<TicketBoard>();

        services.AddSingleton<ClockKeeper>();
        services.AddHostedService<ClockSweeper>();
        if (builder.Configuration.GetValue<string>("Sla:Scheduler") is null or "Quartz")
        {
            builder.AddReminderScheduler();
        }
        else
        {
            services.AddSingleton<IClockScheduler, NoClockScheduler>();
        }

        return builder;
    }

    /// <summary>
    /// Quartz with its persistent store in the service's SQLite file (tables created by Quartz, qrtz_*), on the
    /// service's <see cref="TimeProvider"/>. The calendar jobs of other features join it with their own <c>AddQuartz</c>.
    /// </summary>
    private static void AddReminderScheduler(this IHostApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        string connectionString;
        using (var database = new SqliteDatabase(Options.Create(storage)))
        {
            connectionString = database.ConnectionString;
        }

        builder.Services.AddSingleton<QuartzClockScheduler>();
        builder.Services.AddSingleton<IClockScheduler>(sp => sp.GetRequiredService<QuartzClockScheduler>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<QuartzClockScheduler>());
        builder.Services.AddQuartz(q => q.UsePersistentStore(store =>
        {
            store.UseSqlite(connectionString);
            store.UseConnectionProvider(_ => new QuartzSqliteConnections(connectionString, storage.Synchronous));
            store.ProvisionSchema();
            store.UseSystemTextJsonSerializer();
        }));
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }
}
