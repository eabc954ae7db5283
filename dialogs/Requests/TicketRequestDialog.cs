using System.Text.Json;
using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Activities;
using ConciergeBot.Dialogs.Engine;
using ConciergeBot.Dialogs.Framework;
using ConciergeBot.Dialogs.Requests.Tickets;
using ConciergeBot.Dialogs.Root;
using ConciergeBot.Dialogs.Understanding.Entities;
using ConciergeBot.Dialogs.Understanding.Intents;
using ConciergeBot.Knowledge.Estate;

namespace ConciergeBot.Dialogs.Requests;

/// <summary>
/// The shared base of the request dialogs: each family (urgent, repair, complaint, concierge) is a
/// <see cref="ComponentDialog"/> whose waterfall is assembled from these steps — gather what is missing
/// (where, what exactly, a visit time, a contact for users not bound to a flat, with an offer to bind),
/// restate it for confirmation, open the ticket through <see cref="ITicketDesk"/> and tell the owner the
/// ticket number and the promise in plain words.
/// </summary>
public abstract partial class TicketRequestDialog : ComponentDialog, IRequestDialog
{
    protected const string RoomPrompt = "place.room";
    protected const string AnyPlacePrompt = "place.any";
    protected const string DetailsPrompt = "details";
    protected const string VisitPrompt = "visit";
    protected const string MobilePrompt = "mobile4";
    protected const string ContactPrompt = "contact";
    protected const string ConfirmId = "confirm";

    private static readonly string[] Skip = ["跳过", "不方便", "不用", "算了", "不了", "否", "不"];

    protected TicketRequestDialog(string id, RequestServices services, IReadOnlyCollection<string> intents) : base(id)
    {
        Services = services ?? throw new ArgumentNullException(nameof(services));
        Intents = intents;
        AddDialog(new TextPrompt(RoomPrompt, ValidateRoomAsync));
        AddDialog(new TextPrompt(AnyPlacePrompt, ValidateAnyPlaceAsync));
        AddDialog(new TextPrompt(DetailsPrompt));
        AddDialog(new TextPrompt(VisitPrompt, ValidateVisitAsync));
        AddDialog(new TextPrompt(MobilePrompt, ValidateMobileAsync));
        AddDialog(new TextPrompt(ContactPrompt, ValidateContactAsync));
        AddDialog(new ConfirmPrompt(ConfirmId));
        InitialDialogId = null;
    }

    public IReadOnlyCollection<string> Intents { get; }

    public Dialog Dialog => this;

    protected RequestServices Services { get; }

    /// <summary>Adds the family's waterfall; it becomes the dialog the component starts with.</summary>
    protected void UseSteps(params WaterfallStep<RequestState>[] steps)
    {
        var waterfall = new WaterfallDialog<RequestState>(Id + ".steps", steps);
        AddDialog(waterfall);
        InitialDialogId = waterfall.Id;
    }

    /// <summary>Whether the problem is inside a flat (a room is required) rather than possibly in a public place.</summary>
    protected virtual bool NeedsRoom(RequestState state) =>
        state.Intent is IntentCode.RepairSimple or IntentCode.RepairGeneral or IntentCode.RepairUrgent;

    /// <summary>Where the problem is; <paramref name="example"/> is a flat of this estate, to show how an address is written.</summary>
    protected virtual string PlaceQuestion(RequestState state, RoomInfo example) =>
        NeedsRoom(state)
            ? $"请问是哪一户？请告诉我楼栋和房号，例如“{example.DisplayName}”。"
            : $"请问具体在什么位置？例如“{example.Building}栋楼道”“小区大门口”。";

    /// <summary>Turns the root's reading of the owner's message into the dialog's starting state.</summary>
    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext inner, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inner);
        var reading = options as MessageReading;
        var text = inner.Turn.Activity.Text?.Trim() ?? "";
        var state = new RequestState
        {
            Intent = reading?.Intent ?? Intents.First(),
            Severity = reading?.Severity,
            Description = IsVague(text) ? "" : text,
        };
        var found = PlaceReader.Read(Services.Entities, inner.Turn.NormalizedText, inner.Turn.Now, publicAllowed: false);
        if (found.Place is { } place)
        {
            state.SetPlace(place, found.RoomKey);
        }

        if (state.Intent == IntentCode.RepairGeneral)
        {
            state.VisitAt = VisitFrom(inner.Turn.NormalizedText, inner.Turn.Now);
        }

        if (inner.Turn.User.ContactPhone is null && Phone(inner.Turn.NormalizedText, inner.Turn.Now, digitsOnly: false) is { } phone)
        {
            inner.Turn.User.ContactPhone = phone;
        }

        return inner.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{Id} has no steps."), state, cancellationToken);
    }

    // ---- where ----

    protected async Task<DialogTurnResult> AskPlaceStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var state = step.Values;
        if (state.HasPlace)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        if (NeedsRoom(state) && state.TryUseHome(step.Turn.User))
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var room = NeedsRoom(state);
        var register = Services.Knowledge.Current.Register;
        var example = register.ExampleFlat;
        return await step.PromptAsync(room ? RoomPrompt : AnyPlacePrompt, new PromptOptions
        {
            Prompt = PlaceQuestion(state, example),
            RetryPrompt = room
                ? $"抱歉，没有找到这个房号。请按“楼栋+单元+房号”告诉我，例如“{example.DisplayName}”"
                    + (register.ExampleShop is { } shop ? $"，商铺请写“{shop.Room}”。" : "。")
                : $"请告诉我具体位置，例如“{example.Building}栋{example.Unit}单元楼道”“小区大门口”。",
        }, cancellationToken);
    }

    protected async Task<DialogTurnResult> ReadPlaceStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Result is string answer)
        {
            var found = PlaceReader.Read(Services.Entities, step.Turn.NormalizedText, step.Turn.Now, !NeedsRoom(step.Values));
            if (found.Place is { } place)
            {
                step.Values.SetPlace(place, found.RoomKey);
            }
            else
            {
                step.Values.Location = answer;
            }
        }

        return await step.NextAsync(null, cancellationToken);
    }

    // ---- what exactly ----

    protected async Task<DialogTurnResult> AskDetailsStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Values.Description.Length > 0
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(DetailsPrompt, new PromptOptions { Prompt = DetailsQuestion(step.Values) }, cancellationToken);
    }

    protected virtual string DetailsQuestion(RequestState state) => "请简单描述一下具体情况，例如哪里坏了、现在是什么样子。";

    protected static async Task<DialogTurnResult> ReadDetailsStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Result is string details)
        {
            step.Values.Description = details;
        }

        return await step.NextAsync(null, cancellationToken);
    }

    // ---- when (ordinary repairs) ----

    protected static async Task<DialogTurnResult> AskVisitStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var state = step.Values;
        if (state.Intent != IntentCode.RepairGeneral || state.VisitAsked)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        state.VisitAsked = true;
        if (state.VisitAt is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(VisitPrompt, new PromptOptions
        {
            Prompt = "请问您方便师傅什么时间上门？例如“明天下午3点”“周六上午10点”，也可以回复“尽快”。",
            RetryPrompt = "请告诉我一个以后的时间，例如“明天下午3点”，或回复“尽快”。",
        }, cancellationToken);
    }

    protected async Task<DialogTurnResult> ReadVisitStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Result is string)
        {
            step.Values.VisitAt = VisitFrom(step.Turn.NormalizedText, step.Turn.Now);
            step.Values.VisitAsap = step.Values.VisitAt is null;
        }

        return await step.NextAsync(null, cancellationToken);
    }

    // ---- who (identity binding, contact) ----

    protected async Task<DialogTurnResult> AskIdentityStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var state = step.Values;
        if (step.Turn.User.BoundRoom is not null || state.RoomKey is null || state.BindingOffered || Occupants(state.RoomKey).Count == 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        state.BindingOffered = true;
        return await step.PromptAsync(MobilePrompt, new PromptOptions
        {
            Prompt = $"为了核实身份并绑定{state.Place.Describe()}，请回复该房屋登记手机号的后四位（不方便可回复“跳过”）。",
            RetryPrompt = "请回复登记手机号的后四位数字，或回复“跳过”。",
        }, cancellationToken);
    }

    protected async Task<DialogTurnResult> ReadIdentityStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Result is string answer && step.Values.RoomKey is { } key && Digits(answer) is { Length: 4 } lastFour)
        {
            var match = Occupants(key).FirstOrDefault(r => r.IsRegisteredMobile(lastFour));
            if (match is not null)
            {
                var resident = match.Owner?.MatchesMobile(lastFour) == true ? match.Owner : match.Tenant!;
                step.Turn.User.BoundRoom = match.Key;
                step.Turn.User.Surname = resident.Surname;
                step.Turn.User.Honorific = resident.Honorific;
                step.Values.SetPlace(PlaceReader.FromKey(match.Key)!, match.Key);
                await step.SendAsync($"{step.Turn.User.Address}您好，已为您绑定{match.DisplayName}，以后报修无需再提供房号。", cancellationToken);
            }
            else
            {
                await step.SendAsync("抱歉，手机号后四位与登记信息不一致，暂时无法绑定。不影响这次办理，我们继续为您处理。", cancellationToken);
            }
        }

        return await step.NextAsync(null, cancellationToken);
    }

    protected static async Task<DialogTurnResult> AskContactStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var user = step.Turn.User;
        if (user.BoundRoom is not null || user.ContactPhone is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(ContactPrompt, new PromptOptions
        {
            Prompt = "为了方便工作人员联系您，请留一个联系电话。",
            RetryPrompt = "请留一个手机号码或座机号码，例如 13800001234。",
        }, cancellationToken);
    }

    protected async Task<DialogTurnResult> ReadContactStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Result is string)
        {
            step.Turn.User.ContactPhone = Phone(step.Turn.NormalizedText, step.Turn.Now);
            return await step.NextAsync(step.Turn.User.ContactPhone, cancellationToken);
        }

        return await step.NextAsync(null, cancellationToken);
    }

    // ---- restate, open, tell ----

    protected static async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var s = step.Values;
        var lines = new List<string>
        {
            $"{step.Turn.User.Address}，跟您确认一下：",
            $"事项：{IntentCode.Label(s.Intent)}",
        };
        if (s.Place.IsKnown)
        {
            lines.Add($"地点：{s.Place.Describe()}");
        }

        lines.Add($"情况：{s.Description}");
        if (s.VisitAt is { } visit)
        {
            lines.Add($"上门时间：{Knowledge.Calendar.ChineseTimeText.Clock(visit, step.Turn.Now)}");
        }
        else if (s.VisitAsap)
        {
            lines.Add("上门时间：尽快");
        }

        if (step.Turn.User.BoundRoom is null && step.Turn.User.ContactPhone is { } phone)
        {
            lines.Add($"联系电话：{Mask(phone)}");
        }

        lines.Add("以上信息对吗？");
        return await step.PromptAsync(ConfirmId, new PromptOptions
        {
            Prompt = string.Join("\n", lines),
            RetryPrompt = "请回复“是”提交，或回复“否”重新描述。",
        }, cancellationToken);
    }

    protected async Task<DialogTurnResult> OpenStepAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Result is false)
        {
            await step.SendAsync("好的，这次先不提交。您可以重新用一句话描述需要，我们再为您登记。", cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var opened = await OpenAsync(step, cancellationToken);
        var appointment = step.Values.VisitAt;
        await step.SendAsync($"已为您登记，工单号 {opened.Number}。{Promises.For(opened, step.Turn.Now, appointment)}。{AfterOpening(step.Values)}", cancellationToken);
        return await step.EndDialogAsync(opened.Number, cancellationToken);
    }

    /// <summary>The closing words after the promise (etiquette: apologise for complaints, offer more help).</summary>
    protected virtual string AfterOpening(RequestState state) => "请问还有其他需要帮忙的吗？";

    /// <summary>Opens the ticket from the gathered state; committed before this returns.</summary>
    protected async Task<OpenedTicket> OpenAsync(WaterfallStepContext<RequestState> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var s = step.Values;
        var description = s.Description.Length > 0 ? s.Description : IntentCode.Label(s.Intent);
        var opened = await Services.Tickets.OpenAsync(
            new TicketDraft(s.Intent, s.Severity, OwnerOf(step.Turn), s.Place, description, s.OtherDepartment, s.VisitAt), cancellationToken);
        s.TicketNumber = opened.Number;
        return opened;
    }

    /// <summary>Who is writing, and how to reach them again on this channel.</summary>
    public static TicketOwner OwnerOf(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new TicketOwner(
            turn.Activity.From?.Id ?? "anonymous",
            turn.User.Surname is null ? turn.Activity.From?.Name : turn.User.Address,
            turn.User.ContactPhone,
            turn.Activity.ChannelId,
            JsonSerializer.Serialize(turn.Activity.GetConversationReference(), ActivityJson.Options));
    }

    // ---- reading answers ----

    /// <summary>True for words that say nothing about the problem (a bare "我要报修" or a button label).</summary>
    protected static bool IsVague(string text)
    {
        var bare = Punctuation().Replace(text, "");
        return bare.Length < 4 || IntentCode.All.Any(code => IntentCode.Label(code) == bare) || GenericAsk().IsMatch(bare);
    }

    private IReadOnlyList<RoomInfo> Occupants(string key)
    {
        var register = Services.Knowledge.Current.Register;
        if (!RoomKey.TryParse(key, out var k))
        {
            return [];
        }

        var rooms = k.Shop is null && k.Unit is null
            ? register.Candidates(k.Building, k.Room)
            : register.TryGetRoom(key) is { } room ? [room] : [];
        return [.. rooms.Where(r => r.Owner is not null || r.Tenant is not null)];
    }

    private DateTimeOffset? VisitFrom(string text, DateTimeOffset now)
    {
        foreach (var entity in Services.Entities(text, now))
        {
            if (entity.Type is EntityTypes.DateTime && DateTimeOffset.TryParse(entity.Value + ":00+08:00", System.Globalization.CultureInfo.InvariantCulture, out var at) && at > now)
            {
                return at;
            }

            if (entity.Type is EntityTypes.Date && DateOnly.TryParse(entity.Value, System.Globalization.CultureInfo.InvariantCulture, out var day))
            {
                var morning = Knowledge.Calendar.ChinaTime.At(day, new TimeOnly(9, 0));
                if (morning > now)
                {
                    return morning;
                }
            }
        }

        return null;
    }

    /// <summary>A phone number in the text; with <paramref name="digitsOnly"/> a bare run of 7–12 digits counts too (an answer to "your number?").</summary>
    private string? Phone(string text, DateTimeOffset now, bool digitsOnly = true) =>
        Services.Entities(text, now).FirstOrDefault(e => e.Type == EntityTypes.Phone)?.Value
        ?? (digitsOnly && Digits(text) is { Length: >= 7 and <= 12 } digits ? digits : null);

    private Task<bool> ValidateRoomAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Succeeded && PlaceReader.Read(Services.Entities, prompt.Turn.NormalizedText, prompt.Turn.Now, false).Place is not null);

    private Task<bool> ValidateAnyPlaceAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Succeeded && PlaceReader.Read(Services.Entities, prompt.Turn.NormalizedText, prompt.Turn.Now, true).Place is not null);

    private Task<bool> ValidateVisitAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Succeeded && (Asap().IsMatch(prompt.Turn.NormalizedText) || VisitFrom(prompt.Turn.NormalizedText, prompt.Turn.Now) is not null));

    private static Task<bool> ValidateMobileAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Succeeded && (Digits(prompt.Value!).Length == 4 || Skip.Any(s => prompt.Value!.Contains(s, StringComparison.Ordinal))));

    private Task<bool> ValidateContactAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Succeeded && Phone(prompt.Turn.NormalizedText, prompt.Turn.Now) is not null);

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    private static string Mask(string phone) => phone.Length >= 11 ? $"{phone[..3]}****{phone[^4..]}" : phone;

    [GeneratedRegex(@"[\s\p{P}\p{S}]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"^(我要|我想|想要|帮我|我需要|需要)?(报修|维修|投诉|反映|咨询|预约|服务|礼宾服务|修东西|找物业)(一下)?$")]
    private static partial Regex GenericAsk();

    [GeneratedRegex(@"尽快|越快越好|马上|随时|都可以|都行|现在|今天就")]
    private static partial Regex Asap();
}
