namespace ConciergeBot.Knowledge.Estate;

/// <summary>The service centre (物业服务中心): location, office hours and the 24-hour hotline.</summary>
public sealed record ServiceCentre(string Location, string OfficeHours, string Hotline);
