using ConciergeBot.Knowledge.Sla;
using Microsoft.Extensions.Options;

namespace ConciergeBot.Sla;

/// <summary>Refuses a configuration that would compute wrong deadlines, at start-up rather than at 3 a.m.</summary>
internal sealed class SlaOptionsValidator : IValidateOptions<SlaOptions>
{
    public ValidateOptionsResult Validate(string? name, SlaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (key, value) in options.Targets)
        {
            if (!SlaTargets.Defaults.ContainsKey(key))
            {
                failures.Add($"Sla:Targets:{key} is not an intent with a deadline (known: {string.Join(", ", SlaTargets.Defaults.Keys)})");
            }
            else if (!SlaDuration.TryParse(value, out _))
            {
                failures.Add($"Sla:Targets:{key} = '{value}' is neither a TimeSpan (00:10:00) nor working days (7wd)");
            }
        }

        if (options.Warnings.Count > 4 || options.Warnings.Any(w => w is <= 0 or >= 1 || double.IsNaN(w)))
        {
            failures.Add("Sla:Warnings takes at most four fractions strictly between 0 and 1");
        }

        if (options.Warnings.Distinct().Count() != options.Warnings.Count)
        {
            failures.Add("Sla:Warnings has the same fraction twice");
        }

        if (!SlaDuration.TryParse(options.FollowUp, out _))
        {
            failures.Add($"Sla:FollowUp = '{options.FollowUp}' is neither a TimeSpan nor working days");
        }

        if (!string.IsNullOrWhiteSpace(options.Escalation.Offset) && !SlaDuration.TryParse(options.Escalation.Offset, out _))
        {
            failures.Add($"Sla:Escalation:Offset = '{options.Escalation.Offset}' is neither a TimeSpan nor working days");
        }

        if (options.Escalation.MinimumOffset <= TimeSpan.Zero)
        {
            failures.Add("Sla:Escalation:MinimumOffset must be positive");
        }

        if (options.Revisit.Share is < 0 or > 1 || double.IsNaN(options.Revisit.Share))
        {
            failures.Add("Sla:Revisit:Share must be between 0 and 1");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
