namespace ConciergeBot.Knowledge.Estate;

/// <summary>The register and the roster, loaded together from one data folder.</summary>
public sealed record EstateData(EstateRegister Register, Roster Roster)
{
    public static EstateData Load(string dataDirectory)
    {
        var register = EstateRegister.Load(dataDirectory);
        return new EstateData(register, Roster.Load(dataDirectory, register.Buildings));
    }
}
