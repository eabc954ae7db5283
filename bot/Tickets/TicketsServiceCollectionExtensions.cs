using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Handbook;
using ConciergeBot.Dialogs.Handbook;
using ConciergeBot.Dialogs.Requests;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Entities.Temporal;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Notifications;
using ConciergeBot.Notifications.Webhook;
using ConciergeBot.Sla;
using ConciergeBot.Storage;
using ConciergeBot.Tickets.Api;
using ConciergeBot.Tickets.Reminders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace ConciergeBot.Tickets;

public static class TicketsServiceCollectionExtensions
{
    /// <summary>
    /// Tickets with their deadlines: the request dialogs (routed by intent from the root dialog), the SLA policy and
    /// working-day calendar, the ticket desk and workflow, the
    /// outbox with its sender and the webhook channel, and the reminders (Quartz with its persistent store in the
    /// same SQLite file, plus the sweep). Call after <c>AddStorage</c> and <c>AddDialogs</c>.
    /// </summary>
    public static IHostApplicationBuilder AddTickets(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddTicketServices();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        services.AddHostedService<ClockSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeBackups>());
        services.AddHostedService(sp => sp.GetRequiredService<CalendarOverrides>());
        if (builder.Configuration.GetValue<string>("Sla:Scheduler") is null or "Quartz")
        {
            builder.AddTicketScheduler();
        }

        return builder;
    }

    /// <summary>Everything but the background services: what tests driving a manual clock build on.</summary>
    internal static IServiceCollection AddTicketServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlaOptions>, SlaOptionsValidator>();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StaffOptions>, StaffOptionsValidator>();
        services.AddOptions<EstateOptions>().BindConfiguration(EstateOptions.SectionName);

        services.TryAddSingleton(sp => new KnowledgeStore(
            sp.GetRequiredService<IOptions<EstateOptions>>().Value, sp.GetRequiredService<ILogger<KnowledgeStore>>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddTransient(sp => sp.GetRequiredService<KnowledgeStore>().Current.Roster);
        services.AddSingleton<HandbookReview>();
        services.AddSingleton<KnowledgeBackups>();
        services.TryAddSingleton(sp => new EntityRecognizer(new DateTimeRecognizer(), sp.GetRequiredService<KnowledgeStore>().Current.Register));
        services.TryAddSingleton<EntityExtractor>(sp => sp.GetRequiredService<EntityRecognizer>().Recognize);
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<SlaOptions>>().Value;
            return WorkingDayCalendar.Shipped(new WorkingHours(o.CloseOfBusiness, o.MorningReminder));
        });
        services.AddSingleton<SlaPolicy>();

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<OutboxSender>();
        services.AddHttpClient(WebhookChannel.HttpClientName);
        services.AddSingleton<INotificationChannel, WebhookChannel>();

        services.AddSingleton<TicketPings>();
        services.AddSingleton<TicketTransactions>();
        services.AddSingleton<TicketDesk>();
        services.AddSingleton<ITicketDesk>(sp => sp.GetRequiredService<TicketDesk>());
        services.AddSingleton<TicketWorkflow>();
        services.AddSingleton<TicketBoard>();
        services.AddSingleton<ClockKeeper>();
        services.AddSingleton<CalendarOverrides>();
        services.TryAddSingleton<IClockScheduler, NoClockScheduler>();

        services.AddSingleton(sp => new RequestServices(
            sp.GetRequiredService<ITicketDesk>(), sp.GetRequiredService<KnowledgeStore>(), sp.GetRequiredService<EntityExtractor>()));
        services.AddSingleton<IRequestDialog, UrgentRequestDialog>();
        services.AddSingleton<IRequestDialog, RepairDialog>();
        services.AddSingleton<IRequestDialog, ComplaintDialog>();
        services.AddSingleton<IRequestDialog, ConciergeServiceDialog>();
        services.AddSingleton<IRequestDialog, TicketStatusDialog>();
        services.AddSingleton(sp => new HandbookAnswerer(
            sp.GetRequiredService<KnowledgeStore>(), sp.GetRequiredService<EntityRecognizer>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IRequestDialog, InquiryDialog>();
        services.Replace(ServiceDescriptor.Singleton<IHumanHandoff, TicketHandoff>());
        foreach (var migration in TicketMigrations.All)
        {
            services.AddSingleton(migration);
        }

        return services;
    }

    /// <summary>
    /// Quartz with its persistent store in the service's SQLite file (tables created by Quartz, qrtz_*), on the
    /// service's <see cref="TimeProvider"/> (registered before AddQuartz so Quartz picks it up).
    /// </summary>
    private static void AddTicketScheduler(this IHostApplicationBuilder builder)
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
        builder.AddQuartz(q =>
        {
            q.ScheduleJob<HandbookReviewJob>(
                trigger => trigger.WithIdentity(HandbookReviewJob.Key.Name, HandbookReviewJob.Key.Group)
                    .WithSchedule(HandbookReviewJob.Cron()),
                job => job.WithIdentity(HandbookReviewJob.Key));
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(connectionString);
                store.UseConnectionProvider(_ => new QuartzSqliteConnections(connectionString, storage.Synchronous));
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
            });
        });
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }
}
