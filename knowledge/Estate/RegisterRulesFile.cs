namespace ConciergeBot.Knowledge.Estate;

/// <summary>
/// The contents of <c>owners.json</c>: rules from which <see cref="RegisterGenerator"/> derives the sample
/// owner register, plus fixed rows that tests and demos rely on.
/// </summary>
internal sealed record RegisterRulesFile(
    int Seed,
    IReadOnlyList<string> Surnames,
    IReadOnlyList<string> MobilePrefixes,
    DateOnly Handover,
    DateOnly MoveInUntil,
    int UnsoldPercent,
    int VacantPercent,
    int TenantPercent,
    IReadOnlyList<FixedOccupancy> Fixed);

/// <summary>A hand-written register row for one flat or shop (room key "3-1-1202" or "S105").</summary>
internal sealed record FixedOccupancy(
    string Room,
    string? Surname = null,
    string? Honorific = null,
    string? Mobile = null,
    DateOnly? MoveIn = null,
    bool Vacant = false,
    bool Unsold = false,
    FixedTenant? Tenant = null);

internal sealed record FixedTenant(string Surname, string Honorific, string Mobile, DateOnly Since);
