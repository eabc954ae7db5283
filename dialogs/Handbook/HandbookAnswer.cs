namespace ConciergeBot.Dialogs.Handbook;

/// <summary>The bot's answer to a handbook or fee question.</summary>
/// <param name="Text">The answer as the owner or staff member reads it (Traditional when they asked in Traditional).</param>
/// <param name="SourceTitle">The document and entry it rests on: "收费标准·物业服务费标准".</param>
/// <param name="SourceId">The handbook entry id ("fee.property"); empty when unknown.</param>
/// <param name="EffectiveDate">Date the cited rule or fee took effect.</param>
/// <param name="Score">Search score of the entry (1 for computed or register answers).</param>
/// <param name="Known">False when the handbook has no answer: the text then promises a person within 30 minutes.</param>
public sealed record HandbookAnswer(string Text, string SourceTitle, string SourceId, DateOnly EffectiveDate, double Score, bool Known);
