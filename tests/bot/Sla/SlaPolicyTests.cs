using ConciergeBot.Knowledge.Calendar;
using ConciergeBot.Knowledge.Sla;
using ConciergeBot.Sla;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Tests.Bot.Sla;

public sealed class SlaPolicyTests
{
    private static readonly DateTimeOffset Monday10 = Beijing(2026, 11, 23, 10);

    private static DateTimeOffset Beijing(int y, int mo, int d, int h, int mi = 0, int s = 0) => new(y, mo, d, h, mi, s, ChinaTime.Offset);

    private static SlaPolicy Policy(Action<SlaOptions>? configure = null)
    {
        var options = new SlaOptions();
        configure?.Invoke(options);
        return new SlaPolicy(Options.Create(options), WorkingDayCalendar.Shipped());
    }

    public static TheoryData<string, string?, bool, ClockKind, string> StandardDeadlines => new()
    {
        { "emergency", null, false, ClockKind.Arrival, "2026-11-23T10:10:00+08:00" },
        { "repair.urgent", null, false, ClockKind.Arrival, "2026-11-23T10:10:00+08:00" },
        { "repair.simple", null, false, ClockKind.Resolution, "2026-11-23T14:00:00+08:00" },
        { "repair.general", null, false, ClockKind.Resolution, "2026-12-02T18:00:00+08:00" },
        { "public.urgent", null, false, ClockKind.Arrival, "2026-11-23T10:10:00+08:00" },
        { "public.general", null, false, ClockKind.Resolution, "2026-11-26T18:00:00+08:00" },
        { "complaint.neighbor", null, false, ClockKind.Arrival, "2026-11-23T10:15:00+08:00" },
        { "complaint.staff", "normal", false, ClockKind.Resolution, "2026-11-23T14:00:00+08:00" },
        { "complaint.staff", "serious", false, ClockKind.Resolution, "2026-11-25T10:00:00+08:00" },
        { "complaint.other", null, false, ClockKind.FirstReply, "2026-11-23T18:00:00+08:00" },
        { "inquiry.fee", null, false, ClockKind.FirstReply, "2026-11-23T10:30:00+08:00" },
        { "inquiry.general", null, false, ClockKind.FirstReply, "2026-11-23T10:30:00+08:00" },
        { "inquiry.external", null, false, ClockKind.FirstReply, "2026-11-23T10:30:00+08:00" },
        { "inquiry.external", null, true, ClockKind.FirstReply, "2026-11-25T18:00:00+08:00" },
        { "service.concierge", null, false, ClockKind.FirstReply, "2026-11-23T10:30:00+08:00" },
    };

    [Theory]
    [MemberData(nameof(StandardDeadlines))]
    public void Each_intent_gets_the_service_standard_deadline(string intent, string? severity, bool otherDepartment, ClockKind clock, string due)
    {
        var policy = Policy();
        var target = policy.TargetFor(intent, severity, otherDepartment)!;

        Assert.Equal(clock, target.Clock);
        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), policy.DueFrom(Monday10, target.Duration).Due);
    }

    [Theory]
    [InlineData("ticket.status")]
    [InlineData("smalltalk")]
    public void Answer_at_once_intents_have_no_deadline(string intent) => Assert.Null(Policy().TargetFor(intent));

    [Fact]
    public void Public_repair_reported_on_the_eve_of_National_Day_is_due_on_the_make_up_Saturday()
    {
        var policy = Policy();
        var due = policy.DueFrom(Beijing(2026, 9, 30, 16), policy.TargetFor("public.general")!.Duration);

        Assert.Equal(Beijing(2026, 10, 10, 18), due.Due);
    }

    [Fact]
    public void General_repair_reported_before_National_Day_gets_seven_working_days_after_the_holiday()
    {
        // 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13, 10-14, 10-15.
        var policy = Policy();

        Assert.Equal(Beijing(2026, 10, 15, 18), policy.DueFrom(Beijing(2026, 9, 30, 16), policy.TargetFor("repair.general")!.Duration).Due);
        Assert.Equal(Beijing(2026, 10, 15, 18), policy.AppointmentCap(Beijing(2026, 9, 30, 16)).Due);
    }

    [Fact]
    public void Configuration_overrides_a_target_with_a_timespan_or_working_days()
    {
        var policy = Policy(o =>
        {
            o.Targets["repair.urgent"] = "00:00:40";
            o.Targets["public.general"] = "5wd";
            o.Targets["inquiry.fee"] = "1 working day";
        });

        Assert.Equal(Monday10.AddSeconds(40), policy.DueFrom(Monday10, policy.TargetFor("repair.urgent")!.Duration).Due);
        Assert.Equal(Beijing(2026, 11, 30, 18), policy.DueFrom(Monday10, policy.TargetFor("public.general")!.Duration).Due);
        Assert.Equal(Beijing(2026, 11, 24, 18), policy.DueFrom(Monday10, policy.TargetFor("inquiry.fee")!.Duration).Due);
    }

    [Fact]
    public void Stages_of_an_urgent_repair_are_warnings_at_half_and_four_fifths_then_breach_then_escalation()
    {
        var policy = Policy();
        var stages = policy.StagesOf(SlaDuration.Parse("00:10:00"), Monday10, Monday10.AddMinutes(10), TimeSpan.FromMinutes(10));

        Assert.Equal(
            [(ClockStage.Warning1, Monday10.AddMinutes(5)), (ClockStage.Warning2, Monday10.AddMinutes(8)),
             (ClockStage.Breach, Monday10.AddMinutes(10)), (ClockStage.Escalation, Monday10.AddMinutes(20))],
            stages.Select(s => (s.Stage, s.At)));
    }

    [Fact]
    public void A_forty_second_target_warns_at_20_and_32_seconds_and_escalates_after_the_configured_offset()
    {
        var policy = Policy(o => o.Escalation.Offset = "00:00:20");
        var stages = policy.StagesOf(SlaDuration.Parse("00:00:40"), Monday10, Monday10.AddSeconds(40), TimeSpan.FromSeconds(40));

        Assert.Equal([20, 32, 40, 60], stages.Select(s => (s.At - Monday10).TotalSeconds));
    }

    [Theory]
    [InlineData("00:00:40", "2026-11-23T10:10:40+08:00")] // minimum offset 10 minutes
    [InlineData("00:15:00", "2026-11-23T10:30:00+08:00")] // one more target length
    [InlineData("04:00:00", "2026-11-23T18:00:00+08:00")]
    [InlineData("2.00:00:00", "2026-11-26T18:00:00+08:00")] // capped at one working day after the breach
    [InlineData("3wd", "2026-11-27T18:00:00+08:00")]
    public void Escalation_defaults_to_one_more_target_length_between_ten_minutes_and_one_working_day(string target, string expected)
    {
        var policy = Policy();
        var duration = SlaDuration.Parse(target);
        var due = policy.DueFrom(Monday10, duration).Due;

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), policy.EscalationAt(due, duration));
    }

    [Fact]
    public void Working_day_targets_also_warn_at_nine_on_the_last_day()
    {
        var policy = Policy();
        var due = Beijing(2026, 11, 26, 18);
        var stages = policy.StagesOf(SlaDuration.Parse("3wd"), Monday10, due, due - Monday10);

        Assert.Contains(stages, s => s.Stage == ClockStage.Morning && s.At == Beijing(2026, 11, 26, 9));
        Assert.Equal(stages.OrderBy(s => s.At).Select(s => s.Stage), stages.Select(s => s.Stage));
    }

    [Fact]
    public void Custom_warning_fractions_replace_the_defaults()
    {
        var policy = Policy(o => o.Warnings.AddRange([0.9, 0.25]));

        Assert.Equal([0.25, 0.9], policy.Warnings);
    }

    [Theory]
    [InlineData("Targets:repair.urgnet", "00:10:00")]
    [InlineData("Targets:repair.urgent", "ten minutes")]
    [InlineData("Targets:repair.urgent", "-00:10:00")]
    [InlineData("Escalation:Offset", "soon")]
    [InlineData("FollowUp", "0wd")]
    public void Bad_configuration_is_refused(string key, string value)
    {
        var options = new SlaOptions();
        switch (key)
        {
            case "Escalation:Offset": options.Escalation.Offset = value; break;
            case "FollowUp": options.FollowUp = value; break;
            default: options.Targets[key["Targets:".Length..]] = value; break;
        }

        Assert.True(new SlaOptionsValidator().Validate(null, options).Failed);
    }

    [Fact]
    public void Warnings_outside_zero_and_one_are_refused()
    {
        var options = new SlaOptions();
        options.Warnings.AddRange([0.5, 1.0]);

        Assert.True(new SlaOptionsValidator().Validate(null, options).Failed);
        Assert.True(new SlaOptionsValidator().Validate(null, new SlaOptions()).Succeeded);
    }

    [Theory]
    [InlineData("00:10:00", "10分钟")]
    [InlineData("04:00:00", "4小时")]
    [InlineData("2.00:00:00", "2天")]
    [InlineData("7wd", "7个工作日")]
    [InlineData("00:00:40", "40秒")]
    public void Durations_read_naturally_in_Chinese(string text, string chinese) => Assert.Equal(chinese, SlaDuration.Parse(text).Describe());
}
