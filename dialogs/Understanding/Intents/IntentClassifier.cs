using System.Text.RegularExpressions;
using ConciergeBot.Dialogs.Understanding.Acts;
using ConciergeBot.Dialogs.Understanding.Normalization;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Reads the intent of one (normalised) owner message: conversational acts first (a bare "对" or "算了" is never a
/// request), then a hashed n-gram softmax model trained at start from the embedded corpus with an out-of-domain
/// class of its own, a split for messages that carry two requests, and a safety layer of explicit cues read in
/// context that can raise a prediction to a faster class (never lower it). Thread-safe after construction.
/// </summary>
public sealed partial class IntentClassifier
{
    /// <summary>Below this probability the dialogs ask a clarifying question instead of guessing.</summary>
    public const double ClarifyBelow = 0.6;

    /// <summary>Confidence reported when an explicit cue decided the class (a rule, not a model estimate).</summary>
    public const double CueConfidence = 0.9;

    private const float SegmentConfidence = 0.55f;
    private const float VisitAskedSegmentConfidence = 0.35f;

    /// <summary>How likely "not about the estate" must be, as the model's next guess, to overrule a fast class it read alone into a message naming nothing of the estate.</summary>
    private const float OutOfDomainRunnerUp = 0.25f;

    /// <summary>Below this, an inquiry the model reads into "我要投诉，要求赔偿" gives way to the complaint lodged in so many words.</summary>
    private const float UnsureInquiryOfAComplaint = 0.5f;

    /// <summary>Below this, the model's fast reading alone is unsure: "not about the estate" at <see cref="OutOfDomainSecondReading"/> overrules it where nothing of the estate is named.</summary>
    private const double UnsureFastReading = 0.7;

    /// <summary>How likely "not about the estate" must be to overrule an unsure fast reading of the model alone.</summary>
    private const float OutOfDomainSecondReading = 0.1f;

    /// <summary>How sure the model must be of a message's closing question, read alone, to take the message as that question.</summary>
    private const float ClearClosingQuestion = 0.9f;

    /// <summary>A correction whose new value is this short ("是隔壁的", "1203") carries no request of its own.</summary>
    private const int ShortCorrection = 8;

    /// <summary>A greeting or an opener with nothing asked yet is never longer than this.</summary>
    private const int ShortMessage = 24;

    /// <summary>How sure the model must be that a short correction's new value is a request of its own to keep it one.</summary>
    private const float RequestRemainder = 0.7f;

    /// <summary>
    /// A message the model is this sure is not about the estate keeps an urgency word only when it also names the estate
    /// or a home. Life-safety cues are never dropped this way (骨折了怎么办 may hide a person in danger); their context rules apply.
    /// </summary>
    private const float OutOfDomainOverrulesCue = 0.95f;

    private readonly SoftmaxModel _intents;
    private readonly SoftmaxModel _severity;
    private readonly string[] _labels;

    private IntentClassifier(SoftmaxModel intents, SoftmaxModel severity, string[] labels)
    {
        _intents = intents;
        _severity = severity;
        _labels = labels;
    }

    /// <summary>Trains on <paramref name="corpus"/>, each text passed through <paramref name="normalize"/> first (the production normaliser).</summary>
    internal static IntentClassifier Train(IReadOnlyList<LabeledMessage> corpus, Func<string, string> normalize, SoftmaxTrainingOptions? options = null)
    {
        options ??= new SoftmaxTrainingOptions();
        string[] labels = [.. IntentCode.All, IntentCorpus.OutOfDomain];
        var index = labels.Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i, StringComparer.Ordinal);
        var examples = new int[corpus.Count][];
        var targets = new int[corpus.Count];
        var buffer = new List<int>(256);
        var staffExamples = new List<int[]>();
        var staffTargets = new List<int>();
        for (var i = 0; i < corpus.Count; i++)
        {
            buffer.Clear();
            TextFeatures.Extract(DialectFolding.Fold(normalize(corpus[i].Text)), buffer);
            examples[i] = [.. buffer];
            targets[i] = index[corpus[i].Intent];
            if (corpus[i].Severity is { } severity)
            {
                staffExamples.Add(examples[i]);
                staffTargets.Add(severity == IntentCode.SeveritySerious ? 1 : 0);
            }
        }

        var intents = SoftmaxModel.Train(examples, targets, labels.Length, options);
        var severityModel = SoftmaxModel.Train(staffExamples, staffTargets, 2, options);
        return new IntentClassifier(intents, severityModel, labels);
    }

    /// <summary>Trains on the embedded corpus.</summary>
    public static IntentClassifier CreateDefault(Func<string, string> normalize) => Train(IntentCorpus.Load(), normalize);

    /// <summary>How sure the model must be of what follows an opening acknowledgement to read it as the message.</summary>
    private const float ClearAfterAcknowledgement = 0.9f;

    /// <summary>Classifies a normalised message.</summary>
    public IntentPrediction Classify(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var text = CueContext.UnquoteForwarded(DialectFolding.Fold(normalized));
        var act = DialogActs.Read(text);
        if (act.IsWholeMessage || (text.Length <= ShortMessage && GreetingOnly().IsMatch(text)) || IntroductionOnly().IsMatch(text) || StaffIntroductionOnly().IsMatch(text))
        {
            return new IntentPrediction(IntentCode.Smalltalk, null, CueConfidence, null, 0, false, false) { Act = act };
        }

        Span<float> probabilities = stackalloc float[_labels.Length];
        var features = new List<int>((5 * Math.Min(text.Length, 400)) + 16);
        TextFeatures.Extract(WithoutIntroduction(text), features);
        _intents.Predict(features, probabilities);
        var top = ArgMax(probabilities, -1);
        var intent = _labels[top];
        var confidence = (double)probabilities[top];

        // "OK got it。那搬家时间有限制吗": an acknowledgement the model took for the whole message opens what it says next,
        // when that is clearly a matter of its own (not "对，就是这样，麻烦快一点", more of the same reply).
        // "不用派人来哈，就想问下…通一次多少钱": so does a dispatch declined before a question.
        if (intent is IntentCode.Smalltalk or IntentCorpus.OutOfDomain
            && (act.Act is DialogAct.Affirm or DialogAct.Thanks ? DialogActs.AfterAcknowledgement(text) : DialogActs.AfterDeclining(text)) is { } afterAck)
        {
            Span<float> after = stackalloc float[_labels.Length];
            var afterFeatures = new List<int>((5 * Math.Min(afterAck.Length, 400)) + 16);
            TextFeatures.Extract(afterAck, afterFeatures);
            _intents.Predict(afterFeatures, after);
            var afterTop = ArgMax(after, -1);
            if (_labels[afterTop] is not (IntentCode.Smalltalk or IntentCorpus.OutOfDomain) && after[afterTop] >= ClearAfterAcknowledgement
                && DialogActs.Read(afterAck).Act == DialogAct.None)
            {
                text = afterAck;
                features = afterFeatures;
                after.CopyTo(probabilities);
                (top, intent, confidence) = (afterTop, _labels[afterTop], after[afterTop]);
            }
        }

        // "不是困人，是电梯根本叫不来": what the owner says it is, not the alarm they rule out, is the message.
        if (IntentCode.IsTimeCritical(intent) && CueContext.Contrasted(text) is { } said && ReadsAsRequest(said, probabilities) is { } contrasted)
        {
            top = contrasted;
            intent = _labels[top];
            confidence = probabilities[top];
        }

        var multiple = false;
        var segments = RequestSplitter.Split(text);
        if (segments.Count > 1)
        {
            (intent, confidence, multiple) = MostUrgentOfSegments(segments, intent, confidence);
        }

        var raised = false;
        var cue = SafetyCues.Find(text, out var onlyDenied);
        if (cue is { Kind: not CueKind.Emergency } && intent == IntentCorpus.OutOfDomain && confidence >= OutOfDomainOverrulesCue && !CueContext.MentionsTheEstate(text))
        {
            cue = null;
        }

        // A cue in a general question with nobody and nothing of the estate named ("骨折了怎么办") raises nothing: the dialogs ask with
        // one tap whether someone needs help now.
        string? possibleDanger = null;
        if (cue is { Strength: CueStrength.Topic } doubt)
        {
            possibleDanger = doubt.Text;
            cue = null;
        }

        if (cue is { } found && Raise(found, intent, probabilities, text) is { } faster)
        {
            (intent, confidence) = CueBacked(probabilities, faster);
            raised = true;
        }

        if (cue is { Tentative: false } named && Sideways(named.Kind, intent, confidence, text) is { } sideways)
        {
            (intent, confidence) = CueBacked(probabilities, sideways);
            // The neighbour complaint counts as raised by its cue, as Raise would have made it from a slower class.
            raised |= sideways == IntentCode.ComplaintNeighbor;
        }

        if (!raised && cue is { Strength: CueStrength.Firm } agreeing && Backs(agreeing.Kind, intent))
        {
            // "着火了吗？楼道好呛，咳得不行": the model, unsure, already reads the class a firm cue backs — the cue makes it sure.
            confidence = Math.Max(confidence, CueConfidence);
        }

        // Public equipment heard in the daytime is an ordinary public repair; only quiet hours make it urgent.
        if (intent == IntentCode.PublicUrgent && cue is null && CueContext.IsDaytimeEquipmentNoise(text))
        {
            intent = IntentCode.PublicGeneral;
            confidence = Math.Max(probabilities[IndexOf(intent)], ClarifyBelow);
        }

        // "家里新风机嗡嗡响了一整天": the writer's own appliance droning is a home repair the model alone read as plant-room noise.
        if (intent == IntentCode.PublicUrgent && cue is null && CueContext.NamesAnApplianceOfOwnHome(text))
        {
            intent = IntentCode.RepairGeneral;
            confidence = Math.Max(probabilities[IndexOf(intent)], ClarifyBelow);
        }

        // "插头都烧黑了，还好…及时拔了…想找人来查一下线路": electrical danger the owner made safe and wants checked is a repair
        // to book, whatever alarm the model alone still reads into it.
        if (cue is null && IntentCode.IsTimeCritical(intent) && CueContext.MadeSafeAndAskedToCheck(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.RepairGeneral));
        }

        // "我气得头顶冒烟", "来首《Help!》": the model alone read a fast class into words that report nothing.
        // A fast class the model alone reads into a message that names nothing of the estate, when its next guess is
        // "not about the estate" ("小孩流鼻血是不是上火了"), is not about the estate.
        // So is one it reads unsure, when "not about the estate" is still a real second reading ("水流速度多快人就站不住了"),
        // unless it happens in the night's quiet hours ("夜里十二点多喷泉的音乐还在放" is the estate's fountain) or is a wild
        // animal in a common place ("后山下来两头野猪，在篮球场边上翻垃圾桶"). A fire escape or a household named by its flat
        // ("消防通道被1703家的旧柜子堵了…真有事怎么跑") is the estate.
        // Noise recounted ("昨晚十一点多了还有人在篮球场打球，拍球声、喊叫声") is left to the complaint rule below.
        if (cue is null && IntentCode.IsTimeCritical(intent) && !CueContext.MentionsTheEstate(text) && !CueContext.NamesAPassageOrAHousehold(text)
            && !(intent == IntentCode.Emergency && CueContext.RecountsNoiseOnly(text))
            && FastReadingIsNotAboutTheEstate(
                confidence,
                probabilities[IndexOf(IntentCorpus.OutOfDomain)],
                _labels[ArgMax(probabilities, -1, IntentCode.IsTimeCritical)] == IntentCorpus.OutOfDomain,
                CueContext.AtNight(text) || CueContext.AnimalAroundNobodyHurt(text)))
        {
            (top, intent, confidence) = ClassAt(probabilities, IndexOf(IntentCorpus.OutOfDomain));
        }

        // "如果失火只能救一个人，救陌生的小孩还是自己家的老人": a dilemma posed, with no cue (they are voided in it), is no report.
        if (cue is null && IntentCode.IsTimeCritical(intent) && CueContext.PosesADilemma(text))
        {
            (top, intent, confidence) = ClassAt(probabilities, IndexOf(IntentCorpus.OutOfDomain));
        }

        // "这季度物业费通知上写的1209.6元…是不是算错了", "quick question about fees. I own 4-2-2302": a fast class the model
        // alone reads, unsure, into a message about a fee or a bill has nothing to send anyone to: it asks about the fee,
        // or disputes the bill.
        if (cue is null && possibleDanger is null && IntentCode.IsTimeCritical(intent) && confidence < UnsureAboutFees && CueContext.SpeaksOfFees(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(CueContext.DisputesABill(text) ? IntentCode.ComplaintOther : IntentCode.InquiryFee));
        }

        // "…我按2.8乘105算才294，是不是算错了": the model, unsure, leans to a complaint about a fee the owner only asks about.
        if (cue is null && intent == IntentCode.ComplaintOther && confidence < UnsureAboutFees && CueContext.AsksAboutAFee(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryFee));
        }

        // "Hi, I own 5-2-1201 but it's rented out. My tenant is moving out this Saturday": a fast class the model alone reads
        // into a landlord's word about the let flat, with no fault named, is a question about the move, or who is writing.
        // A slower repair read into the move itself ("What does she need so the guards let her furniture out?") is that question too.
        if (cue is null && possibleDanger is null && CueContext.LandlordWithNothingWrong(text)
            && (IntentCode.IsTimeCritical(intent) || (intent is IntentCode.RepairSimple or IntentCode.RepairGeneral or IntentCode.PublicGeneral && CueContext.LandlordOfATenantMoving(text))))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(CueContext.LandlordOfATenantMoving(text) ? IntentCode.InquiryGeneral : IntentCode.Smalltalk));
        }

        // "灯突然不亮了，我以为是停电，后来看别的灯都亮的": the urgent matter was a first thought, ruled out. "路灯杆倒了砸到车找谁赔",
        // "在工地摔伤了包工头不管怎么办": a question of law or compensation about somewhere else, or general knowledge. A fast class
        // the model alone reads into any of these reports nothing here.
        if (cue is null && possibleDanger is null && IntentCode.IsTimeCritical(intent)
            && (CueContext.RulesOutAFirstThought(text) || CueContext.AsksALegalQuestion(text) || CueContext.AsksGeneralKnowledge(text)))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "solve 2x + 7 = 19", "recommend some video games": a fast class the model alone reads into an English message that
        // names nobody (no I, my, we) and nothing of the estate has nobody to send anyone to; so has an emergency read into a
        // message about a pet with no person named (猫从猫爬架上坠落). It falls back to the best slower class.
        // "Building 2, unit 2, room 1803", "我住5栋1单元1201": an address alone (usually the answer to "which flat?") asks for nothing.
        if (cue is null && ((IntentCode.IsTimeCritical(intent) && (CueContext.EnglishNamingNoOne(text) || CueContext.AddressOnly(text)))
            || (intent == IntentCode.Emergency && (CueContext.PetOnly(text) || CueContext.OwnPetOnly(text)))))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "我家猫从18楼掉下去了…附近哪里有能急诊的动物医院": an emergency the model alone reads into a pet taken to a vet is no
        // person in danger. "狗屎！！！电梯里！！！": nor is an animal's mess, however loudly told — a complaint, the neighbour's
        // when a household is named.
        if (intent == IntentCode.Emergency && cue is null && possibleDanger is null && CueContext.PetTakenToAVet(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "燃气表显示欠费了，热水器打不着火，手机上怎么充燃气费": a supply stopped for a balance run out is the utility's matter.
        if (IntentCode.IsTimeCritical(intent) && cue is null && possibleDanger is null && CueContext.CutForABalance(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        if (intent == IntentCode.Emergency && cue is null && possibleDanger is null && CueContext.AnimalMessOnly(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(CueContext.NamesANeighbour(text) ? IntentCode.ComplaintNeighbor : IntentCode.ComplaintOther));
        }

        // An emergency the model alone reads into a message whose only smoke is everyday smoke (烟头, 油烟) is not one.
        if (intent == IntentCode.Emergency && cue is not { Kind: CueKind.Emergency } && CueContext.EverydaySmokeOnly(text))
        {
            if (cue is null)
            {
                // "楼下在熏腊肉，烟一股股冒上来，我家满屋子烟味": the neighbour's smoke is the neighbour's nuisance.
                (top, intent, confidence) = CueContext.NeighboursSmokeComesIn(text) ? SettledClassAt(probabilities, IndexOf(IntentCode.ComplaintNeighbor)) : BestSlowerClass(probabilities);
            }
            else
            {
                // "The guy in 1702 smokes in the stairwell": the neighbour the cue names, not the smoke.
                (top, intent, confidence) = Fallback(probabilities, IndexOf(intent), cue, text);
            }
        }

        // "fire extinguisher on 15F is missing", "消防栓的水带不见了": safety equipment missing or out of date is a public
        // repair, not a fire — unless something burns.
        if (intent == IntentCode.Emergency && cue is null && CueContext.SafetyKitMissing(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "不是煤气味 是楼下火锅店排烟", "家里没着火 就是楼道灯闪": the alarm word the model read is the one the owner rules out.
        if (!raised && IntentCode.IsTimeCritical(intent) && !(cue is { } backing && Backs(backing.Kind, intent)) && (onlyDenied & (1 << (int)KindOf(intent))) != 0)
        {
            (top, intent, confidence) = Fallback(probabilities, IndexOf(intent), cue, text);
        }

        // A lift stopped with nobody inside, a door that closed on no one: no life in danger, whatever else is urgent.
        if (intent == IntentCode.Emergency && cue is not { Kind: CueKind.Emergency } && CueContext.SaysNobodyInDanger(text))
        {
            (top, intent, confidence) = Fallback(probabilities, IndexOf(intent), cue, text);
        }

        // "小度小度，开灯", "洗衣机开始": a command to a device, said to the wrong assistant — not about the estate (a fault
        // named with it, "灯打开也不亮", is a repair).
        if (cue is null && intent != IntentCorpus.OutOfDomain && CueContext.DeviceCommand(text))
        {
            (top, intent, confidence) = ClassAt(probabilities, IndexOf(IntentCorpus.OutOfDomain));
        }

        // "显卡供电线烧了 厂家给不给保", "刷BIOS断电了 主板变砖了": a gadget's fault asked about, nothing caught and nobody
        // hurt, with nothing of the estate named — not about the estate.
        if (cue is null && IntentCode.IsTimeCritical(intent) && CueContext.AsksAboutAGadget(text) && !CueContext.MentionsTheEstate(text) && !CueContext.AddressesTheEstate(text))
        {
            (top, intent, confidence) = ClassAt(probabilities, IndexOf(IntentCorpus.OutOfDomain));
        }

        // "你们24小时的电话是多少": a number asked for is a question about the estate, not about a ticket's progress.
        // "你们晚上的值班电话是多少": the estate's own number is no chit-chat either.
        // "…Thanks. Sorry, what was the gas company's number again?": a number asked, with no household named, is no complaint.
        if (cue is null && CueContext.AsksForANumberOnly(text)
            && (intent == IntentCode.TicketStatus || (intent is IntentCode.Smalltalk or IntentCorpus.OutOfDomain && CueContext.AddressesTheEstate(text))
                || (intent == IntentCode.ComplaintNeighbor && !CueContext.NamesANeighbour(text))))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryGeneral));
        }

        // "我要投诉维修部的刘师傅，说好今天上午来…": a complaint lodged against a member of staff the owner identifies, read as
        // one by the model, needs no "which one?".
        if (cue is null && intent == IntentCode.ComplaintStaff && ((CueContext.OpensWithAComplaint(text) && CueContext.IdentifiesStaff(text)) || CueContext.LodgesAComplaintAgainstStaff(text)))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.ComplaintStaff));
        }

        // "他现在还在楼道里一家一家敲门，你们能不能叫保安上来看一下？": a caller at every door is for security to check now,
        // not a neighbour's noise (nor a repair, when the owner asks for the guards).
        if (cue is null && CueContext.CallerGoingDoorToDoor(text)
            && (intent == IntentCode.ComplaintNeighbor || ((intent != IntentCode.Emergency || confidence < ClarifyBelow) && CueContext.AsksForSecurity(text))))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.PublicUrgent));
        }

        // "怎么知道上门的师傅是不是你们物业的人": whether a caller or a notice in the estate's name is genuine is a question
        // for the handbook, not a complaint about staff nor a request's progress.
        if (cue is null && (intent is IntentCode.ComplaintStaff or IntentCode.ComplaintOther or IntentCode.TicketStatus or IntentCode.RepairGeneral
                || (intent is IntentCode.Smalltalk or IntentCorpus.OutOfDomain && CueContext.AddressesTheEstate(text)))
            && CueContext.AsksWhetherAClaimIsGenuine(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryGeneral));
        }

        // "有个人打她电话，说是燃气公司的…让她先转300块…不转就停气": a scam call told of, which the model alone reads as the
        // danger it threatens, is a question for the handbook.
        if (cue is null && IntentCode.IsTimeCritical(intent) && CueContext.TellsOfAScamCall(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryGeneral));
        }

        // "你把刚才那个单子登记的内容给我念一遍": a read-back asked for is a question about the ticket, answered from it; so is
        // who handles it ("那现在这个单是谁在跟呀？").
        if (cue is null && intent != IntentCode.TicketStatus && (CueContext.AsksForAReadBack(text) || CueContext.AsksWhoHandlesTheTicket(text)))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.TicketStatus));
        }

        if (cue is null && intent == IntentCode.ComplaintOther && CueContext.SighsThenAsksAPrice(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryFee));
        }

        // "投诉你们3栋1单元的保洁阿姨": a complaint lodged, not a question about an earlier one — the likeliest complaint class.
        if (intent == IntentCode.TicketStatus && cue is null && CueContext.OpensWithAComplaint(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, LikeliestComplaint(probabilities, text));
        }

        // "Fireworks go off all night… If a rocket hits our window and the curtains catch fire, what are we supposed to do?": a
        // what-if about a danger at the writer's own home asks for the safety advice — a question, not small talk.
        if (cue is null && intent is IntentCode.Smalltalk or IntentCorpus.OutOfDomain && CueContext.AsksWhatIfAtHome(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryGeneral));
        }

        // "…冰箱里的东西全坏了…发电机是摆设吗？我要投诉，要求赔偿": a complaint lodged in so many words is no chatter, however
        // far from the estate the model reads the grievance, when it is lodged with the estate or names a neighbour (not
        // "我要投诉那个导演") — the likeliest complaint class.
        // So is an inquiry the model reads unsure into it, unless it asks who deals with complaints.
        if (cue is null && (intent is IntentCode.Smalltalk or IntentCorpus.OutOfDomain
                || (intent is IntentCode.InquiryGeneral or IntentCode.InquiryExternal && confidence < UnsureInquiryOfAComplaint && !CueContext.AsksWhoDealsWithIt(text)))
            && CueContext.LodgesAComplaint(text)
            && (CueContext.AddressesTheEstate(text) || CueContext.NamesANeighbour(text)) && !CueContext.IsHypotheticalQuestion(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, LikeliestComplaint(probabilities, text));
        }

        // "又是1802！昨晚十二点多还在咚咚咚跺地板…我上礼拜就投诉过一次了，到底有没有人管？": a neighbour's nuisance told again is
        // a new complaint, however the owner adds that an earlier one led nowhere.
        if (intent is IntentCode.TicketStatus or IntentCode.ComplaintOther && cue is null && CueContext.RecountsANeighboursNuisance(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.ComplaintNeighbor));
        }

        // "家里wifi从昨晚就断了，光猫LOS灯一直闪": home broadband, the phone line and cable TV are the carriers' to repair
        // (settled: no menu when the model already leans to it).
        if (cue is null && possibleDanger is null && CueContext.AboutACarriersLine(text)
            && (intent.StartsWith("repair.", StringComparison.Ordinal) || intent.StartsWith("public.", StringComparison.Ordinal)
                || intent is IntentCode.Emergency or IntentCode.ComplaintNeighbor or IntentCode.InquiryExternal
                || (intent is IntentCode.Smalltalk or IntentCode.InquiryGeneral or IntentCorpus.OutOfDomain && CueContext.AsksWhoDealsWithIt(text))))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryExternal));
        }

        // "卫生间地漏老是返臭味，这种你们物业管不管啊": whose job a matter of the estate or the home is, read as chat, is a
        // question for the handbook.
        if (cue is null && intent is IntentCode.Smalltalk or IntentCorpus.OutOfDomain && CueContext.AsksWhoDealsWithIt(text)
            && (CueContext.MentionsTheEstate(text) || CueContext.AddressesTheEstate(text)))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryGeneral));
        }

        // "说好周六上午派师傅过来…等了一上午也没人来": a visit promised and never made, with nobody identifiable to blame, is the
        // standard's "other" complaint — read as a staff complaint, or as a status question when the owner lodges a grievance.
        if (cue is null && (intent == IntentCode.ComplaintStaff || (intent == IntentCode.TicketStatus && CueContext.LodgesAGrievance(text)))
            && CueContext.VisitPromisedNeverCame(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.ComplaintOther));
        }

        // "短信说我家物业费没交，还要收滞纳金，搞什么啊", "我早就交过了": a bill disputed is the standard's "other" complaint.
        if (cue is null && intent is IntentCode.InquiryFee or IntentCode.TicketStatus or IntentCode.InquiryGeneral or IntentCode.Smalltalk or IntentCorpus.OutOfDomain or IntentCode.ServiceConcierge && CueContext.DisputesABill(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.ComplaintOther));
        }

        // "张工说周六上午来换，我在家干等了一上午，人没来…你们效率真高啊": the named member of staff who never came is complained of.
        if (cue is null && intent == IntentCode.TicketStatus && CueContext.LodgesAGrievance(text) && CueContext.NamedStaffNeverCame(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.ComplaintStaff));
        }

        // "…行吧，那阵子我住院忘了。那我现在就交，在哪交方便": where or how to pay is a fee question, however the rest chats
        // (and wherever the model sends it, unless a utility's or the state's bill is named).
        if (cue is null && (intent is IntentCode.Smalltalk or IntentCorpus.OutOfDomain or IntentCode.InquiryGeneral
                || (intent == IntentCode.InquiryExternal && !CueContext.NamesAnOutsideBill(text))) && CueContext.AsksWhereToPay(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryFee));
        }

        // "你们去他家的时候会不会说是我投诉的啊": whether the other party learns who complained is a question for the handbook.
        if (cue is null && intent is IntentCode.TicketStatus or IntentCode.Smalltalk && CueContext.AsksWhetherTheyLearnWhoComplained(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryGeneral));
        }

        // "门禁卡丢了两次 有没有办法让他自己进来": a way asked for, which the model reads as a request's progress, is a
        // question for the handbook.
        if (cue is null && intent == IntentCode.TicketStatus && CueContext.AsksForAWay(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryGeneral));
        }

        // "what's the most it costs per day?": a price asked in English with no grievance is a fee question.
        // "quick question about fees. I own 4-2-2302 but I rent it out": a fee question announced in English, nothing broken named.
        if (cue is null && (((intent.StartsWith("complaint.", StringComparison.Ordinal) || intent == IntentCode.InquiryGeneral || (intent == IntentCode.Smalltalk && confidence < ClarifyBelow))
                && CueContext.AsksAPriceInEnglish(text))
            || (intent.StartsWith("complaint.", StringComparison.Ordinal) && CueContext.AnnouncesAFeeQuestion(text) && !CueContext.LodgesAGrievance(text))
            || (((intent.StartsWith("repair.", StringComparison.Ordinal) && !IntentCode.IsTimeCritical(intent))
                || intent is IntentCode.ServiceConcierge or IntentCode.InquiryGeneral or IntentCode.Smalltalk) && CueContext.AnnouncesAFeeQuestion(text))))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryFee));
        }

        // "燃气灶打不着火，也没有味道": an emergency the model alone reads into a gas appliance whose smell the owner rules out.
        if (intent == IntentCode.Emergency && cue is null && possibleDanger is null && CueContext.RulesOutTheSmell(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "昨晚十一点多还有人在篮球场打球，拍球声、喊叫声": noise recounted, with nothing of danger in it, is a complaint — the
        // neighbours' when a household is named, else another complaint (service-standard.md: no identifiable household); so is
        // "广场舞…每天晚上…音箱开得特别响", which the model alone reads as a public fault (a machine's noise at night is one).
        if ((intent == IntentCode.Emergency || (intent == IntentCode.PublicUrgent && CueContext.PeopleAtTheirPastimes(text))) && cue is null && possibleDanger is null && CueContext.RecountsNoiseOnly(text))
        {
            var household = CueContext.NamesANeighbour(text) && !CueContext.PastimeInACommonPlace(text);
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(household ? IntentCode.ComplaintNeighbor : IntentCode.ComplaintOther));
        }

        // "大盘高台跳水 吓死了", "信用卡被盗刷了": money talk with nothing of the estate named is out of domain, however urgent it sounds.
        if (cue is null && possibleDanger is null && IntentCode.IsTimeCritical(intent) && CueContext.TalksOfMoneyElsewhere(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCorpus.OutOfDomain));
        }

        // "篮球打气针插进去漏气怎么办": air out of a ball or a float is no gas leak.
        if (intent == IntentCode.Emergency && cue is null && possibleDanger is null && CueContext.AirOutOfAThing(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "我一个人在家好无聊", "孩子在幼儿园被欺负了": an emergency the model alone reads into words that say nothing of danger.
        if (intent == IntentCode.Emergency && cue is null && possibleDanger is null && CueContext.SaysNothingOfDanger(text))
        {
            (top, intent, confidence) = ClassAt(probabilities, ArgMax(probabilities, IndexOf(IntentCode.Emergency)));
        }

        // "楼道的灯坏了快三个礼拜了": an urgent repair the model alone reads into a fault that has lasted days or weeks can wait
        // its standard time (a cut, a flood or a blocked toilet has a cue and stays urgent however long it has lasted).
        if (cue is null && intent is IntentCode.PublicUrgent or IntentCode.RepairUrgent && CueContext.LastedForDays(text))
        {
            var sibling = intent == IntentCode.PublicUrgent ? IntentCode.PublicGeneral : IntentCode.RepairGeneral;
            (top, intent, confidence) = BestSlowerClass(probabilities);
            if (intent == sibling)
            {
                // The same matter at its slower pace: no need to ask which kind it is.
                (top, intent, confidence) = SettledClassAt(probabilities, top);
            }
        }

        // "楼下就开电钻了，周末不是不让动工吗": the rule thrown back at a nuisance going on is a complaint — the likeliest one.
        if (cue is null && intent.StartsWith("inquiry.", StringComparison.Ordinal) && CueContext.ThrowsARuleBack(text))
        {
            (top, intent, confidence) = ClassAt(probabilities, ArgMax(probabilities, -1, static code => !code.StartsWith("complaint.", StringComparison.Ordinal)));
        }

        // "The handle on my bedroom door came off and now the door won't stay closed": one of the standard's small parts
        // (a door handle, a tap, a switch plate, a shower head, a bulb, a lock) named while the model is unsure, or named to be
        // replaced or fixed, is a simple repair — with no "which one?" when the model read it so already.
        if (cue is null && intent is IntentCode.RepairGeneral or IntentCode.RepairSimple && CueContext.NamesASmallPart(text)
            && (confidence < SmallPartDoubt || intent == IntentCode.RepairSimple || CueContext.AsksToMendIt(text)))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.RepairSimple));
        }

        // "钥匙丢了，叫个师傅来开下门顺便换个锁芯": an adult locked out is a simple repair (service-standard.md), not an errand.
        if (cue is null && intent is IntentCode.ServiceConcierge or IntentCode.RepairGeneral or IntentCode.TicketStatus or IntentCode.InquiryGeneral && CueContext.LockedOut(text) && !CueContext.AsksAPriceOnly(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.RepairSimple));
        }

        // "在3栋大堂信报箱那边捡到一串钥匙…交给谁": lost property found — a question for the service centre, whatever the model
        // makes of the keys (never a lock-out: it is somebody else's). A grievance about how it was handled, or a question
        // after the ticket, stays what the model read.
        if (cue is null && possibleDanger is null && CueContext.FoundSomeonesThing(text)
            && intent is not (IntentCode.InquiryGeneral or IntentCode.ComplaintStaff or IntentCode.ComplaintOther or IntentCode.ComplaintNeighbor or IntentCode.TicketStatus))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryGeneral));
        }

        // "换个灯泡要多少钱": the price of a service with no fault reported is a fee question.
        if (cue is null && intent is IntentCode.RepairSimple or IntentCode.RepairGeneral && CueContext.AsksAPriceOnly(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryFee));
        }

        // "厨房水槽堵了用什么疏通": how to put it right oneself — the best slower class (the handbook may price a visit).
        if (cue is null && IntentCode.IsTimeCritical(intent) && CueContext.AsksHowToDoItYourself(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "my car is blocked in the garage": no cue, a car boxed in — the estate's parking order, not a person in danger.
        if ((intent == IntentCode.Emergency && possibleDanger is null || intent is IntentCode.Smalltalk or IntentCorpus.OutOfDomain) && cue is null && CueContext.CarBoxedIn(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.ComplaintOther));
        }

        // "万一晕倒了，有没有一键呼叫的服务", "听说隔壁城市有个小区地库被淹": no cue, a supposition or somewhere else.
        if (intent == IntentCode.Emergency && cue is null && possibleDanger is null && CueContext.SupposesOrTellsOfElsewhere(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "楼上装修把我家管道震松了，接口有点潮": the model alone reads the neighbour's works as a complaint; the owner
        // reports damage at home, with no noise or smell now — a repair to look at.
        if (intent == IntentCode.ComplaintNeighbor && cue is null && CueContext.WorksOnlyCausedDamage(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "你们在2栋刷楼道的墙，白漆溅得防盗门上到处都是": the estate's own works are no neighbour's doing.
        if (intent == IntentCode.ComplaintNeighbor && cue is null && CueContext.BlamesTheEstatesOwnWorks(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.ComplaintOther));
        }

        // "前两天水管爆了现在修好了，问下是啥原因": a problem reported as put right, with nothing still going on, is no fast request.
        if (!raised && cue is null && IntentCode.IsTimeCritical(intent) && CueContext.ReportsResolved(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "我自己买了个新的换上了，现在不漏了": a repair the owner has already made opens no ticket, whatever it then asks.
        if (!raised && IsRepair(intent) && CueContext.ReadPutRight(text) is not PutRightAsk.NotPutRight and var asks)
        {
            (top, intent, confidence) = AfterPutRight(asks, probabilities);
        }

        // "The tap in the kitchen cannot close properly, water keep dripping": a small part that drips is a simple repair.
        if (intent == IntentCode.RepairUrgent && cue is null && CueContext.SmallPartDrips(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.RepairSimple));
        }

        // "抽油烟机突然不转了…上面的灯也不亮了": one appliance dead is the standard's "any other in-home repair".
        if (cue is null && CueContext.OneApplianceDead(text) && !CueContext.NamesASmallPart(text)
            && (intent == IntentCode.RepairUrgent || (intent == IntentCode.RepairSimple && !CueContext.NamesAPartOfTheAppliance(text))))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.RepairGeneral));
        }

        if (intent == IntentCode.RepairUrgent && cue is null && (CueContext.CisternRunsIntoTheBowl(text) || CueContext.AirConditionerDrips(text)))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
            if (intent == IntentCode.RepairGeneral)
            {
                // The same repair at its standard pace: no need to ask which kind it is.
                (top, intent, confidence) = SettledClassAt(probabilities, top);
            }
        }

        // "There's no smoke or anything, the range hood just makes a rattling noise": an appliance at home that only makes a
        // noise is the in-home repair at the standard's pace, whatever fast class the model alone reads into it.
        if (cue is null && possibleDanger is null && IntentCode.IsTimeCritical(intent) && CueContext.ApplianceNoiseInEnglish(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.RepairGeneral));
        }

        // "The wooden floor in our living room has started lifting up": a fault of the writer's home, in English, that the
        // model reads as a question (of the estate or of an outside provider), chat, a neighbour complaint with nobody's nuisance
        // in it or a staff complaint with no staff in it, is the in-home repair it reports.
        if (cue is null && (intent is IntentCode.InquiryGeneral or IntentCode.InquiryExternal or IntentCode.Smalltalk or IntentCorpus.OutOfDomain or IntentCode.ComplaintOther or IntentCode.PublicGeneral
                || (intent == IntentCode.ComplaintNeighbor && !CueContext.NuisanceInEnglish(text))
                || (intent == IntentCode.ComplaintStaff && !CueContext.NamesStaffInEnglish(text)))
            && CueContext.HomeFaultInEnglish(text) && !CueContext.AsksAPriceOnly(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.RepairGeneral));
        }

        // "想约个家里的深度保洁，厨房油烟机、卫生间、窗户都要弄一下": a cleaner booked, read by the model as the repair of
        // what is to be cleaned, is the concierge errand it is.
        if (cue is null && intent is IntentCode.RepairGeneral or IntentCode.RepairSimple or IntentCode.RepairUrgent && CueContext.BooksACleaner(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.ServiceConcierge));
        }

        // "隔壁工地晚上十一点还在打桩，咚咚咚的整栋楼都在震": a nuisance from over the fence (a site, works, a bar street) is no
        // owner's behaviour — the standard's other complaint, which the estate takes up with them.
        if (intent is IntentCode.ComplaintNeighbor or IntentCode.PublicUrgent && cue?.Kind is null or CueKind.Neighbor or CueKind.UrgentPublic
            && CueContext.NuisanceFromBeyondTheFence(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.ComplaintOther));
            cue = null;
        }

        // "我放在地下储藏室的锁被人撬了，今天早上下去才发现": a theft found at the estate, read as chat or a question, endangers
        // property — the public matter for security to check, not small talk.
        if (cue is null && intent is IntentCode.Smalltalk or IntentCorpus.OutOfDomain or IntentCode.InquiryGeneral && CueContext.TheftAtTheEstate(text)
            && !CueContext.IsHypotheticalQuestion(text) && !CueContext.OnlyAsking(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.PublicUrgent));
        }

        // "想约一下会所的多功能厅，给我儿子过六岁生日": a shared room booked for an occasion, read as chat or a question, is
        // the concierge errand it is; so is "想约个保洁，家里乱得不行了", a cleaner booked that the model reads as chat.
        if (cue is null && ((intent is IntentCode.Smalltalk or IntentCorpus.OutOfDomain or IntentCode.InquiryGeneral && CueContext.BooksASharedRoom(text))
            || (intent is IntentCode.Smalltalk or IntentCorpus.OutOfDomain && CueContext.BooksACleaner(text) && !CueContext.AsksAPrice(text))))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.ServiceConcierge));
        }

        // "单元门坏了关不上一直开着谁都能进来": an entrance that will not shut, nobody shut in, is the standard's 单元门禁坏.
        if (cue is null && intent == IntentCode.PublicUrgent && CueContext.EntranceLeftOpen(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.PublicGeneral));
        }

        // "4栋单元门上方有个马蜂窝好大…还没人被蛰", "野猪在绿化带拱土，离步道很近": an emergency the model alone reads into wasps
        // or a wild animal that has hurt no one is the standard's urgent public matter (so is one the model reads, unsure, as
        // an ordinary complaint or repair).
        if ((intent == IntentCode.Emergency || (intent is IntentCode.ComplaintOther or IntentCode.PublicGeneral or IntentCode.ComplaintNeighbor && confidence < 0.5f))
            && cue is not { Kind: CueKind.Emergency } && possibleDanger is null && CueContext.AnimalAroundNobodyHurt(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.PublicUrgent));
        }

        // "阳台栏杆上放了个大花盆风一吹就在那晃来晃去的": a loose part that has not fallen is the standard's urgent public repair.
        if (intent == IntentCode.Emergency && cue is null && CueContext.LooseNotYetFallen(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.PublicUrgent));
        }

        // "电动车骑那么快，差点撞到人", "快打119我的心被你点燃了", "路上看到有人倒地该不该扶": nothing happened to anyone here;
        // "升降车停在8栋门口挡路了" is in the way, not a danger.
        if (intent == IntentCode.Emergency && cue is null && CueContext.NothingHappenedHere(text))
        {
            (top, intent, confidence) = Fallback(probabilities, IndexOf(intent), cue, text);
        }

        // "漏水的事拖了半个月", "上次修漏水的师傅…": a leak named only as the matter of its aftermath.
        if (intent is IntentCode.RepairUrgent or IntentCode.PublicUrgent && cue is null && SafetyCues.OnlyLeakAsTheMatter(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "lift dropped a floor and stopped, we are all out now", "电梯停了…没人被关在里面": the standard's lift that misbehaves,
        // nobody inside.
        if (intent == IntentCode.Emergency && cue is null or { Kind: CueKind.UrgentPublic } && (CueContext.LiftLeftEmptyInEnglish(text) || CueContext.LiftSaidEmpty(text)))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.PublicUrgent));
        }

        // "电梯走到一半咣当一下就停住了…又接着往下走…我们现在出来了": the lift cue, with the lift gone on or everyone out,
        // is the standard's lift fault — unless another word of danger stands apart from it.
        if (intent == IntentCode.Emergency && cue is { Kind: CueKind.Emergency } liftCue && CueContext.NamesALift(liftCue.Text)
            && CueContext.LiftWentOnOrEveryoneOut(text) && SafetyCues.Find(text.Remove(liftCue.Index, liftCue.Text.Length)) is not { Kind: CueKind.Emergency })
        {
            cue = liftCue with { Kind = CueKind.UrgentPublic };
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.PublicUrgent));
        }

        // "楼下停了辆消防车，现在走了，出啥事了？": what happened, asked once it is gone, is a question.
        if (cue is null && IntentCode.IsTimeCritical(intent) && CueContext.AsksWhatHappenedOnceItIsGone(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "8栋充电棚有个插座没电了": a fitting with no power and nothing else is no emergency the model alone may read into it.
        if (intent == IntentCode.Emergency && cue is null && CueContext.OnlyWithoutPower(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "门被风吹关上了 我进不去了": locked out, with nobody and nothing at risk inside, is a lock to open, not an emergency.
        if (intent == IntentCode.Emergency && cue is not { Kind: CueKind.Emergency } && (CueContext.LockedOutOnly(text) || CueContext.SulksBehindADoor(text)))
        {
            (top, intent, confidence) = Fallback(probabilities, IndexOf(intent), cue, text);
        }

        // "Hi, the kitchen tap is leaking": the model's English emergencies need a word of danger behind them.
        if (intent == IntentCode.Emergency && cue is not { Kind: CueKind.Emergency } && CueContext.EnglishWithoutDanger(text))
        {
            (top, intent, confidence) = Fallback(probabilities, IndexOf(intent), cue, text);
        }

        // "电梯停了…我住三楼走楼梯就行，你们有空看看": a lift out of order that strands nobody is an ordinary public repair, and
        // "Not urgent, whenever someone's free": an urgent repair the model alone read, where the owner says there is no hurry, is not one.
        // So is plant noise the owner hears in the afternoon and calls "not urgent": a cue for a fault, not for danger, yields.
        if ((cue is null && intent == IntentCode.PublicUrgent && CueContext.LiftStrandsNobody(text))
            || (cue is not { Kind: CueKind.Emergency } && intent is IntentCode.RepairUrgent or IntentCode.PublicUrgent && CueContext.NoHurry(text)))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "门禁刷不开…后来是保安给我开的": the guard who helped is not the complaint; the broken thing is.
        if (intent == IntentCode.ComplaintStaff && CueContext.StaffOnlyHelped(text))
        {
            Span<float> rest = stackalloc float[_labels.Length];
            top = PredictPart(CueContext.WithoutTheHelper(text), rest);
            if (_labels[top] == IntentCode.ComplaintStaff)
            {
                top = ArgMax(rest, top);
            }

            intent = _labels[top];
            confidence = rest[top];
        }

        // "垃圾桶满得溢出来了", "the bins are overflowing": rubbish not collected is a complaint, not a 10-minute hazard.
        if (cue is null && intent is IntentCode.PublicUrgent or IntentCode.RepairUrgent && CueContext.RubbishOverflows(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "6栋地下车库电梯厅那面墙发霉发得很厉害，一股霉味": mould or damp with nothing running and nothing live near it is a
        // repair at the standard's pace — the same matter at its slower pace when the model reads it urgent alone.
        // An emergency the model alone reads into it, with nobody unwell, is the likelier of the two repairs at that pace.
        if (cue is null && intent is IntentCode.PublicUrgent or IntentCode.RepairUrgent && CueContext.MouldOnly(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(intent == IntentCode.PublicUrgent ? IntentCode.PublicGeneral : IntentCode.RepairGeneral));
        }
        else if (cue is null && intent == IntentCode.Emergency && possibleDanger is null && CueContext.MouldOnlyAndNobodyUnwell(text))
        {
            var inPublic = probabilities[IndexOf(IntentCode.PublicGeneral)] + probabilities[IndexOf(IntentCode.PublicUrgent)]
                > probabilities[IndexOf(IntentCode.RepairGeneral)] + probabilities[IndexOf(IntentCode.RepairUrgent)];
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(inPublic ? IntentCode.PublicGeneral : IntentCode.RepairGeneral));
        }

        // "垃圾房旁边冲地的那根水管破了，漏一点点水": an urgent repair the model alone reads into a trickle the owner calls slight.
        if (cue is null && intent is IntentCode.PublicUrgent or IntentCode.RepairUrgent && CueContext.OnlyATrickle(text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // (A neighbour's noise told with feeling, "狗一直叫 烦死了 隔壁的", is still that neighbour's noise.)
        if (cue is null && IntentCode.IsTimeCritical(intent) && CueContext.IsNotLiteral(intent == IntentCode.ComplaintNeighbor ? CueContext.WithoutMoodWords(text) : text))
        {
            (top, intent, confidence) = BestSlowerClass(probabilities);
        }

        // "如果电梯困人了怎么办" asks what to do; it reports nothing. The handbook answers it, no one is dispatched.
        // So is one already read as a question, but unsure, because a fast class stays the model's other reading
        // ("…现在都正常的…以后要是再碰到这种突然没水的情况是直接打你们电话还是要打自来水公司啊", "停水之前会不会提前通知的…").
        if (!raised && (IntentCode.IsTimeCritical(intent) || (intent == IntentCode.InquiryGeneral && confidence < ClarifyBelow))
            && (CueContext.IsHypotheticalQuestion(text) || CueContext.OnlyAsking(text)))
        {
            intent = IntentCode.InquiryGeneral;
            confidence = Math.Max(probabilities[IndexOf(intent)], ClarifyBelow);
        }

        // "没事了，电都正常了，不用派人。就想问一下，平时停电会提前通知吗？": whether a cut is announced is a question for the
        // estate, however much of the message reads as chat.
        if (cue is null && intent is IntentCode.Smalltalk or IntentCorpus.OutOfDomain && CueContext.AsksWhetherACutIsAnnounced(text))
        {
            (top, intent, confidence) = SettledClassAt(probabilities, IndexOf(IntentCode.InquiryGeneral));
        }

        // "不是楼上，是隔壁的" corrects something said before; alone it is no request.
        if (act.Act == DialogAct.Correction && act.Remainder.Length <= ShortCorrection && (cue is null || cue.Value.Tentative)
            && !(CueContext.NamesAFault(act.Remainder) && IsRequest(act.Remainder)) && !SafetyCues.DeniesAny(text))
        {
            intent = IntentCode.Smalltalk;
            confidence = Math.Max(confidence, ClarifyBelow);
        }

        // "嗯那个我想问一下啊", "我要投诉": an opener that announces a question or a request and says nothing more is about the
        // estate, but which request is not known yet: the dialogs ask.
        var opener = text.Length <= ShortMessage && OpenerOnly().IsMatch(text);
        if (opener && (intent is IntentCorpus.OutOfDomain or IntentCode.Smalltalk || IntentCode.IsTimeCritical(intent)))
        {
            top = ArgMax(probabilities, -1, static code => code is IntentCorpus.OutOfDomain or IntentCode.Smalltalk || IntentCode.IsTimeCritical(code));
            intent = _labels[top];
            confidence = probabilities[top];
        }

        // "Got it, close the valve… Makes sense. Sorry, what was the gas company's number again?": a reply that acknowledges
        // what it was told, says it back, and asks again — unplaceable as a whole — is the question it ends on, when the model
        // places that clearly.
        if (act.Act is DialogAct.Affirm or DialogAct.Thanks && !raised && cue is null && possibleDanger is null && !multiple && !opener
            && confidence < ClarifyBelow && ClosingQuestion(text) is { } question)
        {
            Span<float> asked = stackalloc float[_labels.Length];
            var askedTop = PredictPart(question, asked);
            if (_labels[askedTop] is IntentCode.InquiryFee or IntentCode.InquiryGeneral or IntentCode.InquiryExternal or IntentCode.TicketStatus
                && asked[askedTop] >= ClearClosingQuestion)
            {
                (top, intent, confidence) = (askedTop, _labels[askedTop], asked[askedTop]);
            }
        }

        var outOfDomain = intent == IntentCorpus.OutOfDomain && possibleDanger is null;
        if (intent == IntentCorpus.OutOfDomain)
        {
            intent = IntentCode.Smalltalk;
        }

        var runnerUp = ArgMax(probabilities, outOfDomain ? top : IndexOf(intent));
        var severity = intent == IntentCode.ComplaintStaff ? Severity(text, features) : null;
        var clarify = multiple || opener || (!raised && !outOfDomain && confidence < ClarifyBelow
            && confidence + SiblingShare(intent, probabilities) < ClarifyBelow);
        return new IntentPrediction(intent, severity, confidence, Public(_labels[runnerUp]), probabilities[runnerUp], clarify, multiple)
        {
            Cue = cue is { Strength: not CueStrength.Topic } firm && Backs(firm.Kind, intent) ? firm.Text : null,
            OutOfDomain = outOfDomain,
            PossibleDanger = possibleDanger,
            Act = act,
        };
    }

    /// <summary>
    /// Which of two requests in one message leads: the faster one, except that a question the bot answers at once
    /// (fees, rules, outside services, a ticket's progress) never displaces a request someone has to act on
    /// ("淋浴喷头漏水想换个新的，顺便问下多少钱" is the repair; the fee question is answered too).
    /// </summary>
    private static int SegmentRank(string code) => code is IntentCode.InquiryFee or IntentCode.InquiryGeneral or IntentCode.InquiryExternal or IntentCode.TicketStatus
        ? int.MaxValue - 1
        : IntentCode.UrgencyMinutes(code);

    /// <summary>True when a cue of <paramref name="kind"/> is at least as urgent as <paramref name="intent"/> demands.</summary>
    private static bool Backs(CueKind kind, string intent) => IntentCode.IsTimeCritical(intent)
        && CueMinutes(kind) <= IntentCode.UrgencyMinutes(intent);

    private static int CueMinutes(CueKind kind) => kind switch
    {
        CueKind.Emergency => IntentCode.UrgencyMinutes(IntentCode.Emergency),
        CueKind.UrgentRepair or CueKind.UrgentPublic => IntentCode.UrgencyMinutes(IntentCode.RepairUrgent),
        _ => IntentCode.UrgencyMinutes(IntentCode.ComplaintNeighbor),
    };

    /// <summary>
    /// Whether the model's fast reading alone, of a message naming nothing of the estate, gives way to "not about the
    /// estate": when that is its next guess at <see cref="OutOfDomainRunnerUp"/>, or when the fast reading is unsure
    /// (below <see cref="UnsureFastReading"/>) and "not about the estate" is still a real reading — unless something places
    /// it at the estate after all (the night's quiet hours, a wild animal in a common place).
    /// </summary>
    internal static bool FastReadingIsNotAboutTheEstate(double confidence, float outOfDomain, bool outOfDomainIsNextGuess, bool placedAtTheEstate) =>
        confidence < UnsureFastReading && !placedAtTheEstate
            ? outOfDomain >= OutOfDomainSecondReading
            : outOfDomain >= OutOfDomainRunnerUp && outOfDomainIsNextGuess;

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。.!！?？");

    private static readonly System.Buffers.SearchValues<char> QuestionMarks = System.Buffers.SearchValues.Create("?？");

    /// <summary>
    /// The last question asked, when something is said before it ("…Makes sense. Sorry, what was the gas company's number
    /// again? Want to save it"): the sentence that ends with the last question mark.
    /// </summary>
    private static string? ClosingQuestion(string text)
    {
        var mark = text.AsSpan().LastIndexOfAny(QuestionMarks);
        if (mark <= 0)
        {
            return null;
        }

        var start = text.AsSpan(0, mark).LastIndexOfAny(SentenceEnds);
        return start > 0 && mark - start > 6 ? text[(start + 1)..(mark + 1)].Trim() : null;
    }

    private static string Public(string label) => label == IntentCorpus.OutOfDomain ? IntentCode.Smalltalk : label;

    /// <summary>
    /// Classifies each segment; the most urgent confident reading wins (a message with two requests is handled
    /// as the more urgent one), and two different confident readings mean two requests.
    /// </summary>
    private (string Intent, double Confidence, bool Multiple) MostUrgentOfSegments(IReadOnlyList<string> segments, string whole, double wholeConfidence)
    {
        Span<float> p = stackalloc float[_labels.Length];
        var features = new List<int>(128);
        var chosen = whole;
        var chosenConfidence = wholeConfidence;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            features.Clear();
            TextFeatures.Extract(segment, features);
            _intents.Predict(features, p);
            var best = ArgMax(p, -1);
            var code = _labels[best];
            // A part that asks for someone to come ("晾衣杆摇不下来了，麻烦来修一下") is a request even when the model is less sure of its class.
            var floor = IsRepair(code) && CueContext.AsksSomeoneToCome(segment) ? VisitAskedSegmentConfidence : SegmentConfidence;
            if (p[best] < floor || code is IntentCode.Smalltalk or IntentCorpus.OutOfDomain || CueContext.OnlyArrangesAVisit(segment))
            {
                continue;
            }

            distinct.Add(code);
            if (SegmentRank(chosen) > SegmentRank(code))
            {
                chosen = code;
                chosenConfidence = p[best];
            }
        }

        return (chosen, chosenConfidence, distinct.Count > 1);
    }

    /// <summary>The faster class a cue demands, or null when the prediction is already as fast or the cue is only mentioned.</summary>
    private string? Raise(SafetyCue cue, string intent, ReadOnlySpan<float> p, string text)
    {
        var target = cue.Kind switch
        {
            CueKind.Emergency => IntentCode.Emergency,
            CueKind.UrgentRepair => (p[IndexOf(IntentCode.PublicUrgent)] > p[IndexOf(IntentCode.RepairUrgent)] || CueContext.CommonFloorMopped(text)) && !CueContext.NamesOwnHomeInEnglish(text) && !CueContext.FoundOnComingHome(text) ? IntentCode.PublicUrgent : IntentCode.RepairUrgent,
            CueKind.UrgentPublic => p[IndexOf(IntentCode.RepairUrgent)] > p[IndexOf(IntentCode.PublicUrgent)] || CueContext.FoundOnComingHome(text) ? IntentCode.RepairUrgent : IntentCode.PublicUrgent,
            _ => IntentCode.ComplaintNeighbor,
        };
        if (!IntentCode.IsSlower(intent, target))
        {
            return null;
        }

        // A follow-up or question that merely mentions the problem ("我报的漏水师傅什么时候到", "明天停水吗") keeps
        // its class: a follow-up is answered from the ticket already open; so does an errand that mentions a fault, unless the
        // message opens with the fault ("no power in 6栋2201 for 10 mins now… pls help"). A life-safety cue needs a very confident
        // model to be overruled.
        // "上周报修的还没人来修 不过这个不着急等会再说 我现在电梯里出不来了": a follow-up dropped before the cue is not what the
        // cue's part of the message does.
        var raised = text[CueContext.TopicSwitchBefore(text, cue.Index)..];
        var mentionOnly = (intent == IntentCode.TicketStatus && CueContext.FollowsUp(raised) && !CueContext.HappensAgain(raised))
            || (intent is IntentCode.InquiryFee or IntentCode.InquiryGeneral or IntentCode.InquiryExternal && CueContext.InAQuestion(text, cue.Index))
            || (cue.Kind != CueKind.Emergency && intent == IntentCode.ServiceConcierge && cue.Index > 0);
        var threshold = cue.Kind == CueKind.Emergency ? 0.9f : intent == IntentCode.TicketStatus ? 0f : 0.6f;
        return mentionOnly && p[IndexOf(intent)] >= threshold ? null : target;
    }

    /// <summary>
    /// Another fast class than the one the model alone read, where a firm cue names it and the model's is no faster in
    /// truth; else null. "Both lifts in 6栋 are down, my mum on 25/F can't go to dialysis": an unsure emergency beside an
    /// urgent public fault is that fault. "The pipe under our water heater is leaking badly… running into the hallway": an
    /// urgent leak the writer places in their own home (or in a room of one: "主卧天花板鼓了个大包…全是水") is theirs, whatever it runs into. "The breaker trips every time I
    /// flip it back on. No smell or smoke": an urgent repair beside an emergency the model alone read, the smell ruled out. "大清早就开始电钻，吵死了": a
    /// neighbour's noise put in the public areas is the neighbour's. "我想投訴樓上成日掉煙頭…燒咗個窿": a neighbour's nuisance
    /// lodged as a complaint is that complaint, not an emergency the model alone read into a burn hole. "泳池旁边那个设备房，门缝
    /// 底下一直往外冒水": an urgent leak the model, unsure, reads as a home's, told of a shared place only, is the public one.
    /// </summary>
    private static string? Sideways(CueKind kind, string intent, double confidence, string text) => (kind, intent) switch
    {
        (CueKind.UrgentPublic, IntentCode.Emergency) when confidence < ClarifyBelow => IntentCode.PublicUrgent,
        (CueKind.UrgentRepair, IntentCode.Emergency) when CueContext.RulesOutTheSmell(text) => IntentCode.RepairUrgent,
        (CueKind.UrgentRepair, IntentCode.PublicUrgent) when CueContext.NamesOwnHomeInEnglish(text) || CueContext.NamesOwnHomeOnly(text) || CueContext.TellsOfARoomInsideAHome(text) => IntentCode.RepairUrgent,
        (CueKind.UrgentRepair, IntentCode.RepairUrgent) when confidence < ClarifyBelow && CueContext.TellsOfASharedPlaceOnly(text) => IntentCode.PublicUrgent,
        (CueKind.Neighbor, IntentCode.PublicUrgent) => IntentCode.ComplaintNeighbor,
        (CueKind.Neighbor, IntentCode.Emergency) when CueContext.LodgesAComplaint(text) => IntentCode.ComplaintNeighbor,
        _ => null,
    };

    /// <summary><paramref name="intent"/>, with the confidence a cue gives it.</summary>
    private (string Intent, double Confidence) CueBacked(ReadOnlySpan<float> p, string intent) => (intent, Math.Max(p[IndexOf(intent)], CueConfidence));

    /// <summary>The kind of cue that would demand <paramref name="intent"/>.</summary>
    private static CueKind KindOf(string intent) => intent switch
    {
        IntentCode.Emergency => CueKind.Emergency,
        IntentCode.RepairUrgent => CueKind.UrgentRepair,
        IntentCode.PublicUrgent => CueKind.UrgentPublic,
        _ => CueKind.Neighbor,
    };

    /// <summary>The model's best class other than <paramref name="exclude"/>, raised again by a cue that demands more.</summary>
    private (int Top, string Intent, double Confidence) Fallback(ReadOnlySpan<float> p, int exclude, SafetyCue? cue, string text)
    {
        var top = ArgMax(p, exclude);
        var intent = _labels[top];
        if (cue is { } found && Raise(found, intent, p, text) is { } faster && faster != _labels[exclude])
        {
            top = IndexOf(faster);
            return (top, faster, Math.Max(p[top], CueConfidence));
        }

        return (top, intent, p[top]);
    }

    /// <summary>The model's reading of <paramref name="part"/> copied into <paramref name="probabilities"/> when it is a request; null (and nothing copied) otherwise.</summary>
    private int? ReadsAsRequest(string part, Span<float> probabilities)
    {
        Span<float> p = stackalloc float[_labels.Length];
        var best = PredictPart(part, p);
        if (!IsRequestLabel(best))
        {
            return null;
        }

        p.CopyTo(probabilities);
        return best;
    }

    /// <summary>True when the new value of a correction ("不是停电，是浴霸暖风不出热风") is itself a request the model is sure of.</summary>
    private bool IsRequest(string remainder)
    {
        Span<float> p = stackalloc float[_labels.Length];
        var best = PredictPart(remainder, p);
        return p[best] >= RequestRemainder && IsRequestLabel(best);
    }

    /// <summary>
    /// "3栋1单元1501卧室衣柜门的合页松了": unsure whether a repair is simple or general, the model is still sure it is a
    /// repair that waits days, and so are the owner and the ticket — no menu is needed to tell the two apart. The same for
    /// the three kinds of question. Never across a fast class.
    /// </summary>
    private double SiblingShare(string intent, ReadOnlySpan<float> probabilities)
    {
        string[] siblings = intent switch
        {
            IntentCode.RepairSimple => [IntentCode.RepairGeneral],
            IntentCode.RepairGeneral => [IntentCode.RepairSimple],
            IntentCode.InquiryGeneral => [IntentCode.InquiryExternal, IntentCode.InquiryFee],
            IntentCode.InquiryExternal => [IntentCode.InquiryGeneral, IntentCode.InquiryFee],
            IntentCode.InquiryFee => [IntentCode.InquiryGeneral, IntentCode.InquiryExternal],
            _ => [],
        };
        var share = 0.0;
        foreach (var sibling in siblings)
        {
            share += probabilities[IndexOf(sibling)];
        }

        return share;
    }

    /// <summary>The model's probabilities for one part of a message; returns the best class.</summary>
    private int PredictPart(string part, Span<float> probabilities)
    {
        var features = new List<int>(3 * Math.Min(part.Length, 400) + 8);
        TextFeatures.Extract(part, features);
        _intents.Predict(features, probabilities);
        return ArgMax(probabilities, -1);
    }

    private bool IsRequestLabel(int index) => _labels[index] is not (IntentCode.Smalltalk or IntentCorpus.OutOfDomain);

    private string Severity(string text, List<int> features)
    {
        if (StaffSeverity.HasSeriousCue(text))
        {
            return IntentCode.SeveritySerious;
        }

        Span<float> p = stackalloc float[2];
        _severity.Predict(features, p);
        return p[1] >= 0.5f ? IntentCode.SeveritySerious : IntentCode.SeverityNormal;
    }

    private int IndexOf(string code) => Array.IndexOf(_labels, code);

    /// <summary>The neighbour complaint when a neighbour is named, else the complaint class the model likes best.</summary>
    private int LikeliestComplaint(ReadOnlySpan<float> probabilities, string text) =>
        CueContext.NamesANeighbour(text) ? IndexOf(IntentCode.ComplaintNeighbor)
            : ArgMax(probabilities, -1, static code => !code.StartsWith("complaint.", StringComparison.Ordinal));

    private int ArgMax(ReadOnlySpan<float> p, int exclude, Func<string, bool> skip)
    {
        var best = -1;
        for (var k = 0; k < p.Length; k++)
        {
            if (k != exclude && !skip(_labels[k]) && (best < 0 || p[k] > p[best]))
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>The likeliest class that is not a 10/15-minute one: where a fast reading falls back to.</summary>
    private (int Top, string Intent, double Confidence) BestSlowerClass(ReadOnlySpan<float> p) =>
        ClassAt(p, ArgMax(p, -1, IntentCode.IsTimeCritical));

    /// <summary>The class at <paramref name="index"/>, with the model's probability for it.</summary>
    private (int Top, string Intent, double Confidence) ClassAt(ReadOnlySpan<float> p, int index) => (index, _labels[index], p[index]);

    /// <summary>Below this the model is unsure enough between simple and general repair that a small part named decides.</summary>
    private const double SmallPartDoubt = 0.7;

    /// <summary>Below this a fast class the model alone reads into a message about a fee or a bill gives way.</summary>
    private const double UnsureAboutFees = 0.6;

    /// <summary>The class at <paramref name="index"/>, settled by a rule: confident enough not to ask which one was meant.</summary>
    private (int Top, string Intent, double Confidence) SettledClassAt(ReadOnlySpan<float> p, int index) =>
        (index, _labels[index], Math.Max(p[index], ClarifyBelow));

    private static int ArgMax(ReadOnlySpan<float> p, int exclude)
    {
        var best = -1;
        for (var k = 0; k < p.Length; k++)
        {
            if (k != exclude && (best < 0 || p[k] > p[best]))
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>"在吗", "你好 在不在", "hello 有人吗": a greeting or a call for attention with nothing asked yet is small talk.</summary>
    [GeneratedRegex("^(?:(?:你好|您好|hello|hi|哈喽|哈啰|嗨|喂|在吗|在么|在嘛|在不在|在不|有人吗|有人在吗|有人在不|有没有人在|有冇人|喺唔喺度|喺度(吗|嘛|冇|未)?|管家|客服|小管家|请问|早上好|下午好|晚上好|早|早安)[\\s,，.。!！?？~～啊呀哈嘛吗么呢哦]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex GreetingOnly();

    /// <summary>
    /// "ni hao, wo shi 6栋2单元1101家的阿姨", "Hi, I'm the tenant of 5-1-1802", "Hi, 我是…的业主, the flat is rented out, 我人在上海":
    /// who is writing, for which flat and from where, with nothing asked or reported yet, is small talk (the dialogs keep the
    /// flat for what comes next).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:你好|您好|hello|hi|hey|哈喽|嗨|ni ?hao|nin ?hao|在吗|管家|dear|good (?:morning|afternoon|evening))[\s,，.。!！~～啊呀]*)*"
        + @"(?:我是|我系|wo ?shi|i am|i'm|im|this is)\s*(?:the\s+|a\s+)?(?:(?:\d{1,2}\s*(?:栋|号楼|幢|座)\s*(?:\d\s*单元)?\s*\d{3,4}(?:室|号|房)?|\d{1,2}-\d-\d{3,4}|s\d{3})\s*(?:家|屋企?|户)?\s*的?\s*)?"
        + @"(?:业主|租户|租客|住户|房东|阿姨|保姆|家政|家属|女儿|儿子|老公|老婆|爱人|家人|亲戚|owner|tenant|helper|maid|nanny|resident|landlord|daughter|son|wife|husband)"
        + @"(?:\s+(?:of|for|at|in|from)\s+(?:room\s+|flat\s+|unit\s+)?(?:\d{1,2}-\d-\d{3,4}|s\d{3}|\d{1,2}\s*(?:栋|号楼)\s*(?:\d\s*单元)?\s*\d{3,4}))?"
        + @"(?:[\s,，.。;；]+(?:the flat is rented out|it'?s rented out|(?:i )?rent it out|房子?(?:租出去了|出租了|在出租|租给别人了)|(?:我)?人在[\u4e00-\u9fff]{2,4}|(?:i live|i'?m|i am) (?:in|abroad|overseas|away)(?: [a-z]+){0,2}))*[\s,，.。!！~～啊呀哈]*$", RegexOptions.IgnoreCase)]
    private static partial Regex IntroductionOnly();

    /// <summary>
    /// "我是4栋2单元1001的业主，尾号5812。楼下垃圾桶旁边一堆纸箱子一直没人收拾": the model reads what is reported, not who is
    /// writing — an introduction before it (the flat, the last four), ended by a full stop or by the last four, is the
    /// dialogs' to keep, and sways the model otherwise ("我是…的业主，平时是我妈住这边" goes on introducing, and stays whole).
    /// </summary>
    private static string WithoutIntroduction(string text) =>
        IntroductionFirst().Match(text) is { Success: true } intro && text.Length - intro.Length >= MinimumReportAfterIntroduction ? text[intro.Length..] : text;

    private const int MinimumReportAfterIntroduction = 6;

    [GeneratedRegex(@"^(?:(?:你好|您好|hello|hi|哈喽|嗨|在吗|管家)[\s,，.。!！~～啊呀]*)*(?:我是|我系|我住|我家|我家住)\s*(?:\d{1,2}\s*(?:栋|号楼|幢|座)\s*(?:\d\s*单元)?\s*\d{3,4}(?:室|号|房)?|\d{1,2}-\d-\d{3,4})\s*(?:家|户)?\s*的?\s*(?:业主|租户|租客|住户|家属)?"
        + @"(?:[\s,，]*(?:手机|电话)?(?:尾号|后四位|后4位)(?:是)?\s*\d{4}[\s,，.。;；!！]+|\s*[.。;；!！]+)")]
    private static partial Regex IntroductionFirst();

    /// <summary>
    /// "你好，我是北门岗保安刘建军", "我是3栋的保洁王阿姨": one of the estate's own staff saying who is writing, with nothing
    /// reported yet, is small talk — naming a guard is no complaint when the guard is the writer.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:你好|您好|hello|hi|哈喽|嗨|在吗|喂)[\s,，.。!！~～啊呀]*)*(?:我是|我系)(?![^，。,.!！?？]*(?:投诉|报修|我要|我想|请问|怎么|吗|坏|漏|吵))"
        + @"(?:[^，。,.!！?？]{0,8}的)?(?:[东南西北]门|\d{1,2}号)?(?:岗亭|门岗|岗)?(?:的)?"
        + @"(?:保安|保洁员|保洁|门卫|值班员|秩序员|绿化工|绿化|园丁|维修工|水电工|电工|客服|前台|礼宾助理|礼宾|管家|工程部)(?:队长|班长|主管)?"
        + @"[\u4e00-\u9fff]{0,3}(?:师傅|阿姨|大姐|大哥)?[\s,，.。!！~～啊呀]*$", RegexOptions.IgnoreCase)]
    private static partial Regex StaffIntroductionOnly();

    [GeneratedRegex("^(?:(?:嗯|呃|额|那个|就是|你好|您好|喂|哈喽|hello|hi|管家|请问|麻烦)[\\s,，.。!！?？~～啊呀哈嘛呢哦]*)*(?:我|我们)?(?:想|要|有)?(?:问一下|问下|问问|问个事|问件事|问个问题|咨询一下|咨询个事|咨询个问题|个问题|件事|个事|一下|反映个情况|反映一下情况|反映个问题|报修|报个修|投诉|投诉一下)(?:想问问?|想咨询|要问)?[\\s,，.。!！?？~～啊呀哈嘛吗么呢哦]*$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenerOnly();
}
