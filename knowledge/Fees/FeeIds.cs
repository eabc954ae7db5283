namespace ConciergeBot.Knowledge.Fees;

/// <summary>Ids of the fee table's items and adjustments that code refers to.</summary>
public static class FeeIds
{
    public const string Property = "property";
    public const string Lift = "lift";
    public const string SharedUtilities = "utilities.shared";
    public const string HouseholdWaste = "household.waste";
    public const string ParkingRent = "parking.rent";
    public const string ParkingOwned = "parking.owned";
    public const string ParkingVisitor = "parking.visitor";
    public const string EbikeCharging = "ebike.charging";
    public const string RenovationDeposit = "renovation.deposit";
    public const string RenovationWaste = "renovation.waste";
    public const string AnnualPrepayment = "annual.prepayment";
    public const string Vacancy = "vacancy";
    public const string Late = "late";
}
