using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Estate;
using ConciergeBot.Knowledge.Store;
using ConciergeBot.Sla;
using ConciergeBot.Storage;
using Microsoft.Extensions.Options;
using Quartz;

namespace ConciergeBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// The estate's knowledge and its upkeep: the store (estate profile, register, roster, fee table, handbook and
    /// search, hot-reloaded from <c>Estate:DataPath</c> and <c>Estate:HandbookPath</c>), the bot's identity taken from
    /// the estate's profile, the working-day calendar with
    /// the administrators' overrides, the monthly handbook review (a Quartz job) and the backups of every version loaded.
    /// Quartz serves the calendar jobs only (reminders are <c>AddTickets</c>' own scheduler over the clock rows); its
    /// persistent store lives in the service's SQLite file (qrtz_*), so a review missed while down fires at start.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<EstateOptions>().BindConfiguration(EstateOptions.SectionName).ValidateOnStart();
        services.AddSingleton(sp => new KnowledgeStore(
            sp.GetRequiredService<IOptions<EstateOptions>>().Value, sp.GetRequiredService<ILogger<KnowledgeStore>>(), sp.GetRequiredService<TimeProvider>()));
        // The roster as loaded now (roster.json is hot-reloaded): every resolution reads the current snapshot.
        services.AddTransient(sp => sp.GetRequiredService<KnowledgeStore>().Current.Roster);
        // Who the bot is on every channel (its name, the hotline it gives), from the estate's profile.
        services.AddSingleton<IBotIdentity, EstateIdentity>();

        // The calendar's working hours are the service standard's (close of business, morning reminder).
        services.AddSingleton(sp =>
        {
            var sla = sp.GetRequiredService<IOptions<SlaOptions>>().Value;
            return WorkingDayCalendar.Shipped(new WorkingHours(sla.CloseOfBusiness, sla.MorningReminder));
        });
        services.AddSingleton<CalendarOverrides>();
        services.AddHostedService(sp => sp.GetRequiredService<CalendarOverrides>());

        services.AddSingleton<HandbookReview>();
        services.AddQuartz(q => q.ScheduleJob<HandbookReviewJob>(
            trigger => trigger.WithIdentity(HandbookReviewJob.Key.Name, HandbookReviewJob.Key.Group).WithSchedule(HandbookReviewJob.Cron()),
            job => job.WithIdentity(HandbookReviewJob.Key)));
        builder.AddCalendarScheduler();
        services.AddSingleton<KnowledgeBackups>();
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeBackups>());
        return builder;
    }

    /// <summary>
    /// Quartz for the calendar jobs, with its persistent store in the service's SQLite file (tables created by Quartz,
    /// qrtz_*), on the service's <see cref="TimeProvider"/>.
    /// </summary>
    private static void AddCalendarScheduler(this IHostApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        string connectionString;
        using (var database = new SqliteDatabase(Options.Create(storage)))
        {
            connectionString = database.ConnectionString;
        }

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
