using System.Text.RegularExpressions;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// The explicit cue lexicon of the safety layer: words that demand a fast class whatever the statistical model
/// says. Matching runs on normalised (Simplified) text; every match is read in its context by
/// <see cref="CueContext"/> (negated, hypothetical, past, resolved, a drill or a story, an everyday sense).
/// </summary>
internal static partial class SafetyCues
{
    private static readonly (Regex Pattern, CueKind Kind)[] Lexicon =
    [
        (Fire(), CueKind.Emergency),
        (Gas(), CueKind.Emergency),
        (CarbonMonoxide(), CueKind.Emergency),
        (Electrical(), CueKind.Emergency),
        (TrappedInLift(), CueKind.Emergency),
        (LockedIn(), CueKind.Emergency),
        (FallingFromHeight(), CueKind.Emergency),
        (ThrownFromHeight(), CueKind.Emergency),
        (FallingNearPeople(), CueKind.Emergency),
        (PersonAtHeight(), CueKind.Emergency),
        (Injury(), CueKind.Emergency),
        (Collapse(), CueKind.Emergency),
        (Intruder(), CueKind.Emergency),
        (ShutInACar(), CueKind.Emergency),
        (BleedingWontStop(), CueKind.Emergency),
        (CaughtInLiftDoors(), CueKind.Emergency),
        (HotAndBurningSmell(), CueKind.Emergency),
        (ChokingHaze(), CueKind.Emergency),
        (FallenWherePeopleWalk(), CueKind.Emergency),
        (NoAnswerFromSomeoneAtRisk(), CueKind.Emergency),
        (SomeoneInsideALift(), CueKind.Emergency),
        (ChildBehindALockedDoor(), CueKind.Emergency),
        (GasBySmell(), CueKind.Emergency),
        (PersonOutsideARailing(), CueKind.Emergency),
        (FellBesideSomeone(), CueKind.Emergency),
        (ChildLockedInsideARoom(), CueKind.Emergency),
        (ShockThatLasts(), CueKind.Emergency),
        (SwallowedSomethingHarmful(), CueKind.Emergency),
        (NamedInsideALift(), CueKind.Emergency),
        (BareCryForHelp(), CueKind.Emergency),
        (AtAnAbsentNeighboursLock(), CueKind.Emergency),
        (ClimbingOutside(), CueKind.Emergency),
        (SmokeBySight(), CueKind.Emergency),
        (SocketCrackles(), CueKind.Emergency),
        (BangThenBurning(), CueKind.Emergency),
        (WaterAlongALiveLight(), CueKind.Emergency),
        (CoveredInBlood(), CueKind.Emergency),
        (KnockedDown(), CueKind.Emergency),
        (AmbulanceCalled(), CueKind.Emergency),
        (SignsOfAStroke(), CueKind.Emergency),
        (PaleAndVomiting(), CueKind.Emergency),
        (LyingStill(), CueKind.Emergency),
        (OutOfReachInAFlood(), CueKind.Emergency),
        (FlungOverPeople(), CueKind.Emergency),
        (HeadHurtWithSigns(), CueKind.Emergency),
        (BittenOrStung(), CueKind.Emergency),
        (DogAttacking(), CueKind.Emergency),
        (Seizure(), CueKind.Emergency),
        (ChildAtAWindow(), CueKind.Emergency),
        (FireworksAtPeople(), CueKind.Emergency),
        (PersonFellFromAHeight(), CueKind.Emergency),
        (GasPipeKnocked(), CueKind.Emergency),
        (ClimbedIn(), CueKind.Emergency),
        (CollapsedSomewhere(), CueKind.Emergency),
        (SomeoneMissing(), CueKind.Emergency),
        (DoesNotRespond(), CueKind.Emergency),
        (SlumpedOrPinned(), CueKind.Emergency),
        (ConfusedOrShaking(), CueKind.Emergency),
        (OxygenCutOff(), CueKind.Emergency),
        (BloodPouring(), CueKind.Emergency),
        (FollowedByAStranger(), CueKind.Emergency),
        (StrangerTakingHoldOfSomeone(), CueKind.Emergency),
        (QuarrelComeToKnives(), CueKind.Emergency),
        (SomeoneAtAnEmptyHomesDoor(), CueKind.Emergency),
        (ViolenceNow(), CueKind.Emergency),
        (ChildAtARoofEdge(), CueKind.Emergency),
        (LockForcedNow(), CueKind.Emergency),
        (WaterUpToTheSockets(), CueKind.Emergency),
        (GasLeftFlowing(), CueKind.Emergency),
        (DriftingOff(), CueKind.Emergency),
        (ThudThenNoAnswer(), CueKind.Emergency),
        (RunDownByAVehicle(), CueKind.Emergency),
        (VehicleRollingTowardsPeople(), CueKind.Emergency),
        (CaughtInMachinery(), CueKind.Emergency),
        (LyingOnTheGround(), CueKind.Emergency),
        (SlumpedAndSilent(), CueKind.Emergency),
        (FallingOntoPeople(), CueKind.Emergency),
        (SmokeFillingTheWay(), CueKind.Emergency),
        (SmokeTooThickToSee(), CueKind.Emergency),
        (SeenOnACamera(), CueKind.Emergency),
        (FallThenStill(), CueKind.Emergency),
        (DownInTheToilet(), CueKind.Emergency),
        (AloneAndFailing(), CueKind.Emergency),
        (GasAlarmGoingOff(), CueKind.Emergency),
        (SwallowedWithBa(), CueKind.Emergency),
        (CausticOnTheSkin(), CueKind.Emergency),
        (ApplianceShockedSomeone(), CueKind.Emergency),
        (ApplianceBurst(), CueKind.Emergency),
        (ChemicalInAnEye(), CueKind.Emergency),
        (FumesMakingPeopleIll(), CueKind.Emergency),
        (LipsGoneBlue(), CueKind.Emergency),
        (CaughtInAMachine(), CueKind.Emergency),
        (BittenWithBa(), CueKind.Emergency),
        (StungUntilFaint(), CueKind.Emergency),
        (GoneUnder(), CueKind.Emergency),
        (ShutInASauna(), CueKind.Emergency),
        (LimbStuck(), CueKind.Emergency),
        (HidingNow(), CueKind.Emergency),
        (WaterComingIn(), CueKind.UrgentRepair),
        (WaterThatWillNotStop(), CueKind.UrgentRepair),
        (WaterIntoTheRooms(), CueKind.UrgentRepair),
        (RainPouringIn(), CueKind.UrgentRepair),
        (LeakOntoTheRoomNow(), CueKind.UrgentRepair),
        (OpenWellOnAPath(), CueKind.UrgentPublic),
        (TrippingPeopleNow(), CueKind.UrgentPublic),
        (PowerCut(), CueKind.UrgentRepair),
        (BreakerWontStayUp(), CueKind.UrgentRepair),
        (OnlyThisHomeWithoutPower(), CueKind.UrgentRepair),
        (WaterCut(), CueKind.UrgentRepair),
        (BlockedToilet(), CueKind.UrgentRepair),
        (PublicHazard(), CueKind.UrgentPublic),
        (PublicEquipmentNoise(), CueKind.UrgentPublic),
        (AllLiftsDown(), CueKind.UrgentPublic),
        (LiftHazard(), CueKind.UrgentPublic),
        (StrandedByLifts(), CueKind.UrgentPublic),
        (CannotUseTheStairs(), CueKind.UrgentPublic),
        (AboutToFall(), CueKind.UrgentPublic),
        (AlarmRingsOn(), CueKind.UrgentPublic),
        (LiftDeadHighUp(), CueKind.UrgentPublic),
        (LiftDropped(), CueKind.UrgentPublic),
        (AlarmAtNight(), CueKind.UrgentPublic),
        (SnakeOrWasps(), CueKind.UrgentPublic),
        (BrokenGlassEverywhere(), CueKind.UrgentPublic),
        (BarrierArmStrikes(), CueKind.UrgentPublic),
        (WetFloorWherePeopleWalk(), CueKind.UrgentPublic),
        (TreeDownAcrossAWay(), CueKind.UrgentPublic),
        (SomeoneAtTheEdge(), CueKind.Emergency),
        (SomeoneOnARoofThenAtItsEdge(), CueKind.Emergency),
        (CeilingComingDownOverSomeone(), CueKind.Emergency),
        (WaterThroughALiveFitting(), CueKind.Emergency),
        (GasToldByANewcomer(), CueKind.Emergency),
        (BurglarStillInside(), CueKind.Emergency),
        (TrappedByRisingWater(), CueKind.Emergency),
        (FallThenNoGettingUp(), CueKind.Emergency),
        (DogChasingPeople(), CueKind.Emergency),
        (OpenGateBesideChildren(), CueKind.UrgentPublic),
        (CeilingHangingInASharedRoom(), CueKind.UrgentPublic),
        (PublicGateBeeping(), CueKind.UrgentPublic),
        (BareLiveCableWithPeopleNear(), CueKind.Emergency),
        (WaterOverSwitchgear(), CueKind.Emergency),
        (PlugStandingInWater(), CueKind.Emergency),
        (SomeoneTryingTheDoor(), CueKind.Emergency),
        (HangingOnOutside(), CueKind.Emergency),
        (ToiletBlockedInCantonese(), CueKind.UrgentRepair),
        (PowerCutInMinWords(), CueKind.UrgentRepair),
        (FloodedFloorInCantonese(), CueKind.UrgentRepair),
        (NeighbourNoiseInMinWords(), CueKind.Neighbor),
        (LifeSupportStopped(), CueKind.Emergency),
        (BreathFailing(), CueKind.Emergency),
        (ConfusedParentWanderedOff(), CueKind.Emergency),
        (FallThenNoWord(), CueKind.Emergency),
        (LabourStarted(), CueKind.Emergency),
        (FallenIntoAHole(), CueKind.Emergency),
        (FallenIntoAShaft(), CueKind.Emergency),
        (GasPipeBroken(), CueKind.Emergency),
        (SparksFromWiring(), CueKind.Emergency),
        (TapGivesNoWater(), CueKind.UrgentRepair),
        (PlantLoudInRestHours(), CueKind.UrgentPublic),
        (MahjongAtNight(), CueKind.Neighbor),
        (PetMessOfAKnownHousehold(), CueKind.Neighbor),
        (AirConDripFromUpstairs(), CueKind.Neighbor),
        (BleedingGoesOn(), CueKind.Emergency),
        (DownAndNotAnswering(), CueKind.Emergency),
        (TilesComingDownOverPeople(), CueKind.Emergency),
        (GasSmellStrong(), CueKind.Emergency),
        (SmokeAlarmInAnEmptyFlat(), CueKind.Emergency),
        (UnnamedSmellGrowingStronger(), CueKind.Emergency),
        (FireEmojiAtAPlace(), CueKind.Emergency),
        (NeighbourNuisance(), CueKind.Neighbor),
        (PetMessLeft(), CueKind.Neighbor),
        (ShopRacketAtNight(), CueKind.Neighbor),
        (WorksInRestHours(), CueKind.Neighbor),
        (SomeoneWorkingAKeyInTheLock(), CueKind.Emergency),
        (FingerCutOff(), CueKind.Emergency),
        (HeldByALiftDoor(), CueKind.Emergency),
        (StuckOnBothSidesOfAGate(), CueKind.UrgentPublic),
        (FireExitLockedShut(), CueKind.UrgentPublic),
        (PlateSticksUpOnARoad(), CueKind.UrgentPublic),
        (SomethingCaughtAlight(), CueKind.Emergency),
        (ChildAtALiveSocket(), CueKind.Emergency),
        (DoorFoundOpenSomeoneInside(), CueKind.Emergency),
        (AsthmaNotStopping(), CueKind.Emergency),
        (SwitchgearBurning(), CueKind.Emergency),
        (WaterOnLiveSwitchgear(), CueKind.Emergency),
        (WaterDownALiveLight(), CueKind.Emergency),
        (SnakeIndoors(), CueKind.Emergency),
        (StabbedOrSlashed(), CueKind.Emergency),
        (ThreatToKillNow(), CueKind.Emergency),
        (DoorSmashedWithAWeapon(), CueKind.Emergency),
        (PushedOffOverPeople(), CueKind.Emergency),
        (FollowedAndCornered(), CueKind.Emergency),
        (LiftMovingOnSomeone(), CueKind.Emergency),
        (RelativeLockedInACar(), CueKind.Emergency),
        (PowerAllGone(), CueKind.UrgentRepair),
        (FollowedHomeAndStillAbout(), CueKind.Emergency),
        (FumesFromBurningIndoors(), CueKind.Emergency),
        (PlayEquipmentSharpWhileInUse(), CueKind.UrgentPublic),
        (WaterHidingADitch(), CueKind.UrgentPublic),
        (TriedTheLockAndStillThere(), CueKind.Emergency),
        (LoadHangingOverPeople(), CueKind.Emergency),
        (RestSwingingOverPeopleAfterAFall(), CueKind.Emergency),
        (WaterInsideALight(), CueKind.Emergency),
        (ScaldBlisteringNow(), CueKind.Emergency),
        (LiftDoorsShutOnSomeone(), CueKind.Emergency),
        (PitLeftOpen(), CueKind.UrgentPublic),
        (LeakGettingFaster(), CueKind.UrgentRepair),
        (FellFromAHeight(), CueKind.Emergency),
        (HangingOverPeople(), CueKind.UrgentPublic),
        (PiecesFallingWherePeopleAre(), CueKind.Emergency),
        (ThickSmokeInTheBuilding(), CueKind.Emergency),
        (TooManyPillsFeltNow(), CueKind.Emergency),
        (AttackedWithSomethingInHand(), CueKind.Emergency),
        (ResuscitationUnderWay(), CueKind.Emergency),
        (InALiftAndTheAlarmUnanswered(), CueKind.Emergency),
        (RoofAboutToBlowAway(), CueKind.UrgentPublic),
        (SocketBurntOverClauses(), CueKind.Emergency),
        (WaterOutOfASocket(), CueKind.Emergency),
        (SomeoneBeaten(), CueKind.Emergency),
        (CaughtAndHurting(), CueKind.Emergency),
        (WaterOnALightThatFlickers(), CueKind.Emergency),
        (CarHitSomeone(), CueKind.Emergency),
        (LiveWireInWater(), CueKind.Emergency),
        (ComingDownOnPeople(), CueKind.Emergency),
        (HeartStoppedNow(), CueKind.Emergency),
        (NotBreathing(), CueKind.Emergency),
        (ChokingAndTurningBlue(), CueKind.Emergency),
        (ChildsFit(), CueKind.Emergency),
        (SwallowedByAChild(), CueKind.Emergency),
        (DrankAPoison(), CueKind.Emergency),
        (AlarmAndCannotGetOut(), CueKind.Emergency),
        (HeatOrSmokeAtTheDoor(), CueKind.Emergency),
        (FellAndDoesNotMove(), CueKind.Emergency),
        (BittenByASnake(), CueKind.Emergency),
        (StrangerTryingTheLockNow(), CueKind.Emergency),
        (ThreatAtTheDoorNow(), CueKind.Emergency),
        (ConfusedElderOutInTheCold(), CueKind.Emergency),
        (FireBrigadeCalledFor(), CueKind.Emergency),
        (MoreToComeDownOverPeople(), CueKind.Emergency),
        (WaterIntoALamp(), CueKind.Emergency),
        (WaterShootingUnstoppable(), CueKind.UrgentRepair),
        (SlipperySpillInAPublicPlace(), CueKind.UrgentPublic),
        (TingleFromTheWater(), CueKind.Emergency),
        (HeaterTankBulging(), CueKind.Emergency),
        (FaintedAndNotRight(), CueKind.Emergency),
        (OnARoofEdge(), CueKind.Emergency),
        (WaterUpToTheWaistWithPeople(), CueKind.Emergency),
        (BeatingHeardNow(), CueKind.Emergency),
        (DraggedByAVehicle(), CueKind.Emergency),
        (StungAfterTheAnimalWasNamed(), CueKind.Emergency),
        (WildAnimalAttacking(), CueKind.Emergency),
        (WildAnimalBesideAChild(), CueKind.Emergency),
        (PoweredDoorHoldingSomeone(), CueKind.Emergency),
        (ThreateningPeopleInTheCommonParts(), CueKind.UrgentPublic),
        (TurningPurple(), CueKind.Emergency),
        (ChemicalInTheEyes(), CueKind.Emergency),
        (Smouldering(), CueKind.Emergency),
        (GasSmellGrowingNow(), CueKind.Emergency),
        (HazardThatNearlyFelledSomeone(), CueKind.UrgentPublic),
        (GasJointBubbles(), CueKind.Emergency),
        (GasFittingAndARoomFullOfIt(), CueKind.Emergency),
        (RestStillSwingingOverPeople(), CueKind.Emergency),
        (FireTypedAsWork(), CueKind.Emergency),
        (VulnerablePersonAstray(), CueKind.Emergency),
        (DementiaWanderingOutside(), CueKind.Emergency),
        (SmallChildMissing(), CueKind.Emergency),
        (ChildsHandInADoor(), CueKind.Emergency),
        (UnsteadyAtARoofEdge(), CueKind.Emergency),
        (SomeoneFallenIntoAPit(), CueKind.Emergency),
        (CoverGaveWayUnderSomeone(), CueKind.Emergency),
        (WorkerNotBackUp(), CueKind.Emergency),
        (PendantPressedNoAnswer(), CueKind.Emergency),
        (MissingThenDementiaTold(), CueKind.Emergency),
        (FlatEmptiedWhileAway(), CueKind.Emergency),
        (BatterySwellingAndHissing(), CueKind.Emergency),
        (ChildAtAnOpenPit(), CueKind.Emergency),
        (WorkersOvercomeBelow(), CueKind.Emergency),
        (SomeoneLyingStill(), CueKind.Emergency),
        (FingerInALiveSocket(), CueKind.Emergency),
        (PetrolFumesAndSmoke(), CueKind.Emergency),
        (CeilingDrippingNow(), CueKind.UrgentRepair),
        (ValveSprayingWater(), CueKind.UrgentRepair),
        (FlueOffWhileRunning(), CueKind.Emergency),
        (SprayedLawnWithChildrenOnIt(), CueKind.UrgentPublic),
        (MowingAtRestTime(), CueKind.UrgentPublic),
        (TapSnappedAndSpraying(), CueKind.UrgentRepair),
        (AnimalHasBittenSomeone(), CueKind.Emergency),
        (SomeonePinnedOrStruck(), CueKind.Emergency),
        (ComingDownOverPeopleNow(), CueKind.Emergency),
        (StrangerHoldingMe(), CueKind.Emergency),
        (LockedInAMachineRoom(), CueKind.Emergency),
        (ShutInAStoreRoom(), CueKind.Emergency),
        (ChestClutchedAndPale(), CueKind.Emergency),
        (GasPipeCutOpen(), CueKind.Emergency),
        (WorkerInTroubleInTheAir(), CueKind.Emergency),
        (ChildOnTheScaffold(), CueKind.Emergency),
        (NotSeenForDays(), CueKind.Emergency),
        (HeldOrGoneUnderWater(), CueKind.Emergency),
        (StrokeSignsNow(), CueKind.Emergency),
        (UpOnTheParapet(), CueKind.Emergency),
        (CutCableOnWetGround(), CueKind.Emergency),
        (SwallowedAndSick(), CueKind.Emergency),
        (CaughtInFloodWater(), CueKind.Emergency),
        (ThreatToJumpInEnglish(), CueKind.Emergency),
        (CaughtByAMachine(), CueKind.Emergency),
        (BeatenBloody(), CueKind.Emergency),
        (LiftPlatformTippingWithAWorker(), CueKind.Emergency),
        (WheelchairRunAway(), CueKind.Emergency),
        (ClimbingOutsideAboutToFall(), CueKind.Emergency),
        (HeadStruckAndUnresponsive(), CueKind.Emergency),
        (RainComingInNow(), CueKind.UrgentRepair),
        (RainThroughAWindowThatWillNotShut(), CueKind.UrgentRepair),
        (OverheadGlassCracked(), CueKind.UrgentPublic),
        (AllergyClosingTheThroat(), CueKind.Emergency),
        (CeilingPanelHangingOverPeople(), CueKind.UrgentPublic),
        (EquipmentLoudInTheSmallHours(), CueKind.UrgentPublic),
        (ThrownDownOntoPeople(), CueKind.Emergency),
        (SwarmedByWasps(), CueKind.Emergency),
        (FireCaughtFromWhatWasBurnt(), CueKind.Emergency),
        (CaughtInATrap(), CueKind.Emergency),
        (HangingAndCannotGetDown(), CueKind.Emergency),
        (ChildLockedThemselvesIn(), CueKind.Emergency),
        (ChildAtAnOpenTank(), CueKind.Emergency),
        (GivingWayTowardsPeople(), CueKind.Emergency),
        (PestPoisonInFoodEaten(), CueKind.Emergency),
        (LooseOverheadOverPeople(), CueKind.Emergency),
        (PowerGoneAtHome(), CueKind.UrgentRepair),
        (FellNearlyHittingSomeone(), CueKind.Emergency),
        (DrunkAndNotResponding(), CueKind.Emergency),
        (SwarmInsideTheHome(), CueKind.Emergency),
        (BittenAndSwellingNow(), CueKind.Emergency),
        (BurningInTheStairwellWithSmoke(), CueKind.Emergency),
        (KeptBirdsCallingInTheSmallHours(), CueKind.Neighbor),
        (StrangerTryingDoors(), CueKind.Emergency),
        (SaysTheyWantToDie(), CueKind.Emergency),
        (ShutInAndNotLetGo(), CueKind.Emergency),
        (CryThroughTheWall(), CueKind.Emergency),
        (PinnedUnderSomethingHeavy(), CueKind.Emergency),
        (CrackWideningWithPiecesFalling(), CueKind.Emergency),
        (SharpEdgeWhereChildrenPlay(), CueKind.UrgentPublic),
        (TapOrHoseBrokenOff(), CueKind.UrgentRepair),
        (BabyGoneBlueOrLimp(), CueKind.Emergency),
        (SmokeSeenWhileTheAlarmSounds(), CueKind.Emergency),
        (TingleWithWaterAbout(), CueKind.Emergency),
        (PluggedInStandingInWater(), CueKind.Emergency),
        (PowerRoomSmellingBurnt(), CueKind.Emergency),
        (MachineSmellingBurnt(), CueKind.Emergency),
        (SocketGivingOffALittleSmoke(), CueKind.Emergency),
        (ScaldedInTheFaceNow(), CueKind.Emergency),
        (HeatDetectorAlarmingHot(), CueKind.Emergency),
        (GasLeftOnWhileAway(), CueKind.Emergency),
        (ScaldBlistering(), CueKind.Emergency),
        (TapWaterBurnsTheThroat(), CueKind.Emergency),
        (FallenThroughIce(), CueKind.Emergency),
        (ChildOnTheRoofEdge(), CueKind.Emergency),
        (CracklingSparks(), CueKind.Emergency),
        (GondolaSwingingWithPeopleOnIt(), CueKind.Emergency),
        (LeaningOverPeopleBelow(), CueKind.Emergency),
        (WaterIntoTheSwitchRoom(), CueKind.Emergency),
        (BeatenBleeding(), CueKind.Emergency),
        (AlarmWithSmokeSmelled(), CueKind.Emergency),
        (RolledIntoTheRoad(), CueKind.Emergency),
        (GasApplianceLeaking(), CueKind.Emergency),
        (CryForHelpAtAPlace(), CueKind.Emergency),
        (ChemicalSmellHurtingPeople(), CueKind.Emergency),
        (GoneDownAndNotAnswering(), CueKind.Emergency),
        (AtHeightWithNoRopeSlipping(), CueKind.Emergency),
        (ChildrenAtADeepPit(), CueKind.Emergency),
        (DroppedFromACrane(), CueKind.Emergency),
        (GasCylinderHissing(), CueKind.Emergency),
        (PaneAboutToBurst(), CueKind.Emergency),
        (CarRollingTowardsPeople(), CueKind.Emergency),
        (FallInPregnancy(), CueKind.Emergency),
        (SmokeMovingThroughThePassages(), CueKind.Emergency),
        (SmokeThroughADoorOrAVent(), CueKind.Emergency),
        (HotWallInTheSmoke(), CueKind.Emergency),
        (AlarmRingingWithSmoke(), CueKind.Emergency),
        (FireAskedWhileChoking(), CueKind.Emergency),
        (AloneAndUnreachableForDays(), CueKind.Emergency),
        (ArcingInAnElectricalBox(), CueKind.Emergency),
        (ForcingTheDoor(), CueKind.Emergency),
        (SmallChildInsideTheLockedHome(), CueKind.Emergency),
        (SmallChildCryingAlone(), CueKind.Emergency),
        (LyingOutInTheCold(), CueKind.Emergency),
        (ChildNotHomeAndUnreachable(), CueKind.Emergency),
        (DementiaNotBack(), CueKind.Emergency),
    ];

    /// <summary>Cues written only in English, tried only on a message with Latin letters in it (most are Chinese only).</summary>
    private static readonly (Regex Pattern, CueKind Kind)[] LatinLexicon =
    [
        (LockedInInEnglish(), CueKind.Emergency),
        (GondolaSwingingInEnglish(), CueKind.Emergency),
        (FullOfSmokeInEnglish(), CueKind.Emergency),
        (CarbonMonoxideRisingInEnglish(), CueKind.Emergency),
        (LostChildCalledOutInEnglish(), CueKind.Emergency),
        (PowerOffAtHomeInEnglish(), CueKind.UrgentRepair),
        (AboutToJumpInEnglish(), CueKind.Emergency),
        (SmokeAlarmWithHazeInEnglish(), CueKind.Emergency),
        (NoAnswerAfterAThudInEnglish(), CueKind.Emergency),
        (AnaphylaxisInEnglish(), CueKind.Emergency),
        (SmokingBatteryInEnglish(), CueKind.Emergency),
        (SomeoneHurtInEnglish(), CueKind.Emergency),
        (ThrownDownBesidePeopleInEnglish(), CueKind.Emergency),
        (PowerCutInEnglish(), CueKind.UrgentRepair),
        (CryForHelpInEnglish(), CueKind.Emergency),
        (ThrownFromHeightInEnglish(), CueKind.Emergency),
        (BreakInInEnglish(), CueKind.Emergency),
        (FumesSicknessInEnglish(), CueKind.Emergency),
        (LyingStillInEnglish(), CueKind.Emergency),
        (NoAnswerInEnglish(), CueKind.Emergency),
        (SomeoneInsideALiftInEnglish(), CueKind.Emergency),
        (ChildInDangerInEnglish(), CueKind.Emergency),
        (BodyFailingInEnglish(), CueKind.Emergency),
        (WeaponOrForcedDoorInEnglish(), CueKind.Emergency),
        (ThickSmokeInEnglish(), CueKind.Emergency),
        (FallingNearPeopleInEnglish(), CueKind.Emergency),
        (WaterOnSocketsInEnglish(), CueKind.Emergency),
        (AmbulanceOnItsWayInEnglish(), CueKind.Emergency),
        (PeopleInsideAStoppedLiftInEnglish(), CueKind.Emergency),
        (FallThenNoWakingInEnglish(), CueKind.Emergency),
        (FallAndNoGettingUpInEnglish(), CueKind.Emergency),
        (LyingStillToldPlainlyInEnglish(), CueKind.Emergency),
        (FallingOffAWallInEnglish(), CueKind.Emergency),
        (BurningSmellInEnglish(), CueKind.Emergency),
        (SomeoneArmedInEnglish(), CueKind.Emergency),
        (BottledGasInEnglish(), CueKind.Emergency),
        (SeveralInsideAStoppedLiftInEnglish(), CueKind.Emergency),
        (WaterOntoSocketsInEnglish(), CueKind.Emergency),
        (ComingDownOnPeopleInEnglish(), CueKind.Emergency),
        (ClimbingInInEnglish(), CueKind.Emergency),
        (InsideAStoppedLiftInLearnersEnglish(), CueKind.Emergency),
        (UrgentRepairInEnglish(), CueKind.UrgentRepair),
        (TerseUrgentRepairInEnglish(), CueKind.UrgentRepair),
        (SharedPlaceUrgentInEnglish(), CueKind.UrgentPublic),
        (NeighbourBangingInEnglish(), CueKind.Neighbor),
        (OpenHoleInEnglish(), CueKind.UrgentPublic),
        (AllLiftsDownInEnglish(), CueKind.UrgentPublic),
        (NeighbourNuisanceInEnglish(), CueKind.Neighbor),
        (StungAndSwellingInEnglish(), CueKind.Emergency),
        (ChildMissingInEnglish(), CueKind.Emergency),
        (LockForcedInEnglish(), CueKind.Emergency),
    ];

    private static readonly PrefilteredCue[] ChineseCues = PrefilteredCue.All(Lexicon);

    private static readonly PrefilteredCue[] AllCues = PrefilteredCue.All([.. Lexicon, .. LatinLexicon]);

    /// <summary>The fastest cue that counts in <paramref name="text"/>, if any (a firm cue beats a tentative one of the same kind).</summary>
    public static SafetyCue? Find(string text) => Find(text, out _);

    /// <summary>
    /// As <see cref="Find(string)"/>; <paramref name="onlyDenied"/> has bit <c>1 &lt;&lt; kind</c> set for each kind faster
    /// than the cue found whose every match the owner rules out (不是漏水, 家里没着火): the alarm word is named only to be denied.
    /// </summary>
    public static SafetyCue? Find(string text, out int onlyDenied)
    {
        SafetyCue? best = null;
        var denied = 0;
        var counted = 0;
        foreach (var (pattern, kind, needs) in CuesFor(text))
        {
            if ((best is { } b && (b.Kind < kind || (b.Kind == kind && b.Strength == CueStrength.Firm))) || !PrefilteredCue.MayMatch(needs, text))
            {
                continue;
            }

            var bit = 1 << (int)kind;
            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                if (CueContext.Read(text, m.Index, m.Length, kind) is not { } strength)
                {
                    if (CueContext.IsDenied(text, m.Index))
                    {
                        denied |= bit;
                    }
                    else
                    {
                        counted |= bit;
                    }

                    continue;
                }

                counted |= bit;
                if (best is null || best.Value.Kind > kind || best.Value.Strength > strength)
                {
                    best = new SafetyCue(kind, m.Value, m.Index, strength);
                }

                if (strength == CueStrength.Firm)
                {
                    break;
                }
            }
        }

        onlyDenied = denied & ~counted;
        return best;
    }

    /// <summary>True when the owner rules out some alarm word right before it (不是燃气泄漏, 没停电): "not X but Y", not a correction of a detail.</summary>
    public static bool DeniesAny(string text)
    {
        if (!MayDeny(text))
        {
            return false;
        }

        foreach (var (pattern, _, needs) in CuesFor(text))
        {
            if (!PrefilteredCue.MayMatch(needs, text))
            {
                continue;
            }

            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                if (CueContext.IsDenied(text, m.Index))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Every denial <see cref="CueContext.IsDenied"/> knows holds 不是, 没, 并非, or "no"/"not"/"never" (and "isn't", "wasn't").</summary>
    private static bool MayDeny(string text) =>
        text.Contains('没') || text.Contains("不是", StringComparison.Ordinal) || text.Contains("并非", StringComparison.Ordinal)
        || text.Contains("no", StringComparison.OrdinalIgnoreCase) || text.Contains("n't", StringComparison.OrdinalIgnoreCase);

    private static PrefilteredCue[] CuesFor(string text) =>
        text.AsSpan().ContainsAnyInRange('A', 'Z') || text.AsSpan().ContainsAnyInRange('a', 'z') ? AllCues : ChineseCues;

    /// <summary>Every cue pattern, English ones included, with its kind: for tests that check each one.</summary>
    internal static IEnumerable<(Regex Pattern, CueKind Kind)> AllPatterns => [.. Lexicon, .. LatinLexicon];

    /// <summary>
    /// True when the message's urgent water words all name a leak as the matter of its aftermath ("漏水的事拖了半个月",
    /// "修漏水的师傅把地板踩脏了"), and there is at least one: no urgent repair the model alone may read into them.
    /// </summary>
    public static bool OnlyLeakAsTheMatter(string text)
    {
        var named = false;
        foreach (var (pattern, kind, needs) in CuesFor(text))
        {
            if (kind is not (CueKind.UrgentRepair or CueKind.UrgentPublic) || !PrefilteredCue.MayMatch(needs, text))
            {
                continue;
            }

            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                if (!CueContext.LeakNamedAsTheMatter(text, m.Index, m.Length))
                {
                    return false;
                }

                named = true;
            }
        }

        return named;
    }

    /// <summary>True when an emergency's words appear at all, whatever their context says (a what-if, a past, a denial).</summary>
    public static bool NamesADanger(string text) =>
        CuesFor(text).Any(cue => cue.Kind == CueKind.Emergency && PrefilteredCue.MayMatch(cue.Needs, text) && cue.Pattern.IsMatch(text));

    [GeneratedRegex("(?<![红旺])火{2,}|着火|著火|起火|失火|火灾|火警(?!电话|号码)|火情|火势|烧起来|烧了起来|烧着|在烧(?![烤水饭菜])|烧着了|燃烧起来|(?<!有|一)点着(?!急)|引燃|着起来|冒烟|冒黑烟|浓烟|黑烟|烟雾弥漫|(全是|好多|很多|满屋|满楼道)(的)?烟(?![头蒂灰盒])|烟(很|好|太|特别)(大|浓)|火(很|好|太|特别)大|火苗|明火|火光|燃起来|自燃|冒火|爆燃|爆炸|火(苗)?[^，。,.!！?？]{0,2}(窜|蹿)(到|上|进)|火[^，。,.!！?？]{0,2}烧到(了)?(树|车|楼|房|屋|窗|阳台|电线)|(警报|警铃|报警器|报警铃|烟感)[^。.!！?？]{0,16}(烟味|有烟|冒烟|焦味|烟雾|糊味)|(烟味|有烟|冒烟|焦味|烟雾|糊味)[^。.!！?？]{0,16}(警报|警铃|报警器|报警铃|烟感)(在|一直|又|都)?(响|叫|鸣)|on fire|\\ba fire\\b|fire in (the|my|our)|\\bfire!|smoke (in|from|coming|everywhere)", RegexOptions.IgnoreCase)]
    private static partial Regex Fire();

    [GeneratedRegex("(煤气|燃气|天然气|液化气|液化石油气|石油气|瓦斯|沼气|媒气|然气|燃汽|煤汽|gas)(的)?(好|很|太|特别|有点|有股)?(味|泄|漏|外泄|臭)|(灶|燃气|煤气|天然气|液化气|热水器)[^。.!！?？]{0,12}(软管|胶管|管子|气管)[^。.!！?？]{0,16}(跑气|漏气|嘶嘶|往外冒气)|臭鸡蛋味|(燃气|煤气|天然气|液化气|co|一氧化碳)(报警器|探测器|警报器|报警)[^，。,.!！?？]{0,6}(响|叫|鸣|报警|闪)|(像|好像|疑似|怀疑是?)(是)?(煤气|燃气|天然气|液化气)(味)?|(燃气|煤气|天然气|瓦斯|液化气)(管|表|罐|瓶|阀|灶|炉).{0,8}(漏|嘶嘶|泄|钻破|破了|裂了|断了)|gas (leak|smell)", RegexOptions.IgnoreCase)]
    private static partial Regex Gas();

    [GeneratedRegex("一氧化碳|co中毒|煤气中毒|燃气中毒|(头(好|很|有点|特别|非常)?(晕|痛|疼|昏)|恶心|想吐|呕吐|犯困|站不稳|晕乎乎|昏昏沉沉|浑身没力|浑身无力)[^!！?？]{0,40}(热水器|燃气|煤气|天然气|瓦斯|炉子|炭火|煤炉|烧炭|炭盆|炭炉|火炉|暖炉|烤火|蜂窝煤|煤球|壁炉)|(热水器|燃气|煤气|天然气|瓦斯|炉子|炭火|煤炉|烧炭|炭盆|炭炉|火炉|暖炉|烤火|蜂窝煤|煤球|壁炉)[^。.!！?？]{0,30}(头(好|很|有点|特别|非常)?(晕|痛|疼|昏)|恶心|想吐|呕吐|晕倒|站不稳|晕乎乎|昏昏沉沉|浑身没力|浑身无力)", RegexOptions.IgnoreCase)]
    private static partial Regex CarbonMonoxide();

    [GeneratedRegex("(插座|插头|插排|插线板|排插|电线|电缆|线路|电箱|配电箱|电闸|闸盒|开关|电表箱|电表|空开|电源|充电器|充电桩|电器|电路|灯座)[^，。,.!！?？]{0,10}(冒火花|火花|火星|打火|冒白烟|冒黑烟|冒烟|起火|烧焦|焦味|糊味|烧了|烧黑|烧化|噼啪|冒火)|电火花|冒火花|打火花|烧(电线|线路|电线皮|胶皮)(那种|的)?(味|焦味|气味)|(流到|滴到|淌到|漫到|淹到|浸到|流进|渗到|漏到|溅到|喷到)[^，。,.!！?？]{0,10}(插座|插头|插排|插线板|电线|电箱|配电箱|电器|电闸)|(插座|插排|插线板|电箱|配电箱|电闸|电线)[^，。,.!！?？]{0,8}(滋滋|嗞嗞|噼啪|噼里啪啦)|(家里|屋里|房间里|房间|墙里|天花板里|吊顶里)[^。.!！?？]{0,6}(焦糊味|烧焦味|焦味|糊味|烧塑料味|电线烧)|(浸过|淹过|漫过|没过|泡到|泡着)[^，。,.!！?？]{0,2}(插排|插座|插线板|电线|电箱)|(焦糊味|烧焦味|焦味|糊味|电线烧|塑料烧)[^，。,.!！?？]{0,8}(插座|电箱|电线|电闸|开关|配电|电器)|(水|漏水)[^，。,.!！?？]{0,8}(漫到|漫过|没过|淹没|淹到|淹过|泡到|泡着|流进|渗进|进了|浸到|浸过)[^，。,.!！?？]{0,4}(插座|插头|地插|插排|插线板|电线|电箱|配电箱|电器|电闸)|(插座|插排|插线板|排插|电箱|配电箱|电闸)[^，。,.!！?？]{0,6}(进水|泡水|泡在水|在水里|全是水|淹了|浸水|浸在水|(进|泡|浸|入)了水)|spark(s|ing|ed)?\\b|(burning|scorch(ed|ing)?|melting)[^.!?]{0,20}(smell|plastic)[^.!?]{0,40}\\b(socket|outlet|plug|switch|fuse|wiring)|\\b(socket|outlet|plug|switch)[^.!?]{0,30}(hot to (the )?touch|scorch|melting|smoking)", RegexOptions.IgnoreCase)]
    private static partial Regex Electrical();

    [GeneratedRegex("(孩子|小孩|儿子|女儿|孙子|孙女|外孙|闺女|宝宝|婴儿|娃|囡囡|细路|小朋友|老人|老太太|老爷子|老大爷|老伴|奶奶|爷爷|外婆|外公|姥姥|姥爷|阿婆|阿公|老母亲|老父亲|我妈|我爸)[^，。,.!！?？钥匙]{0,6}(被)?(反锁|锁|关|困)(在)?(了)?[^，。,.!！?？]{0,4}(家里|屋里|房间|房里|里面|车里|车内|车上|卫生间|厕所|阳台)|(反锁|锁|关|困)(在)?[^，。,.!！?？]{0,4}(车里|车内|屋里|家里|里面|房间)[^。.!！?？]{0,8}(孩子|小孩|宝宝|婴儿|老人|小朋友)|(车里|车内|屋里|家里|房间里)[^，。,.!！?？]{0,4}(锁着|关着|困着)[^，。,.!！?？]{0,4}(孩子|小孩|宝宝|婴儿|老人|小朋友)")]
    private static partial Regex LockedIn();

    [GeneratedRegex("(child|kid|baby|toddler|son|daughter|grandson|granddaughter|grandma|grandpa|grandmother|grandfather|elderly (mother|father|mum|mom|dad))[^.!?]{0,30}((locked|shut|trapped) (in|inside)|left (alone )?(in|inside) (a|the|his|her|their|my|our) ?(hot |parked |locked )?car)", RegexOptions.IgnoreCase)]
    private static partial Regex LockedInInEnglish();

    [GeneratedRegex("高空坠物|(外墙|外墙砖|墙砖|瓷砖|玻璃|窗户|窗框|广告牌|招牌|花盆|空调外机|空调机|冷气机|空调主机|外机|石块|水泥块|砖头|砖块|防盗网|雨棚|铁皮|彩钢瓦|彩钢板|瓦片|树枝|大树)[^，。,.!！?？快要松]{0,8}(?<!快|要|快要)(往下掉|掉下来|掉下去|掉落|坠落|砸下来|砸下|飞下来|刮下来|吹下来|砸到|砸中|砸伤|砸在)")]
    private static partial Regex FallingFromHeight();

    [GeneratedRegex("(?<!(电梯|轿厢)[^，。,.!！?？]{0,6})(往下|从楼上|楼上)[^，。,.!！?？]{0,4}(扔|丢|抛)[^。.?？]{0,16}(差点砸|砸到|砸中|还在扔|还在丢)|(?<!(电梯|轿厢)[^，。,.!！?？]{0,6})(往下|从楼上|楼上)[^，。,.!！?？]{0,4}(扔|丢|抛|掉)[^。.!！?？]{0,12}(砸到人|砸着人|砸中人|砸伤|差点砸|有人|下面(全|都)?是[^。.!！?？]{0,8}人|下面人(很|好)?多)|(有人|谁|哪家|楼上)[^，。,.!！?？]{0,4}(往下|从楼上|从窗户|从阳台|从窗口)[^，。,.!！?？]{0,2}(扔|丢|抛|砸)[^。.!！?？]{0,12}(楼下|下面|底下|地上)[^。.!！?？]{0,6}(人|小孩|孩子|小朋友|老人|行人|学生)")]
    private static partial Regex ThrownFromHeight();

    [GeneratedRegex("(throw|throwing|thrown|dropping|tossing)[^.!?]{0,30}(from|off|out of) (the )?(window|balcony|roof|upstairs)[^.!?]{0,40}(people|kids|children|someone)", RegexOptions.IgnoreCase)]
    private static partial Regex ThrownFromHeightInEnglish();

    [GeneratedRegex("(路灯杆|灯杆|路灯|电线杆|电杆|灯柱|旗杆|标识牌|指示牌)[^。.!！?？]{0,10}(歪|斜|倾斜)[^。.!！?？]{0,10}(要倒|快倒|会倒|倒下来)|(路灯杆|灯杆|路灯|电线杆|电杆|灯柱|旗杆)[^。.!！?？]{0,6}(歪|斜|倾斜)[^。.!！?？]{0,8}(底座|根部|地基)[^。.!！?？]{0,4}(裂|松|断)|(路灯杆|灯杆|电线杆|电杆|灯柱|旗杆)[^。.!！?？]{0,6}(要倒|快倒|快要倒|摇摇欲坠)|(外墙|外墙砖|广告牌|招牌|雨棚|空调架|空调外机|外机|防盗网)[^。.!！?？]{0,8}(松动|松了|翘起|悬着|吊在半空|快掉|要掉|随时(可能)?掉|摇摇欲坠|(?<!不|不怎么|不太|没|没怎么|没那么|不再)晃)|(树枝|大枝|树干|树)[^。.!！?？]{0,10}(挂在半空|悬着|吊着|快断|要断|要倒|快倒)|玻璃[^。.!！?？]{0,16}(悬着|吊在半空|快掉|要掉|随时(可能)?掉|摇摇欲坠|在晃|晃动|晃悠|晃荡|松动)|窗框[^。.!！?？]{0,6}(还在晃|在晃|摇晃|快掉|要掉)|(栏杆|护栏)[^，。,.!！?？]{0,6}(晃得(很|好|特别|非常)?厉害|一推就(动|晃|摇)|摇摇欲坠|松(了|动了)[^，。,.!！?？]{0,3}(一推|一靠|一碰))|(围栏|栏杆|护栏|围墙|盖板|井盖板)[^，。,.!！?？]{0,4}(倒了|断了|塌了|掉了|没了)[^。.!！?？]{0,16}(尖|锋利|露出|危险|小孩|小朋友|孩子|会摔|掉下去)")]
    private static partial Regex AboutToFall();

    [GeneratedRegex("电梯[^，。,.!！?？]{0,4}门[^，。,.!！?？]{0,2}(开着|没关|敞着|关不上|半开)[^。.!！?？]{0,4}(就)?(开始)?(往下|往上)?(走|跑|运行|上去|下去|升|降|动|开走)|电梯[^。.!！?？]{0,6}(卡在|停在|悬在)[^，。,.!！?？]{0,8}(楼之间|层之间|中间|半空)|电梯[^。.!！?？]{0,6}(困住|卡住|卡了)[^。.!！?？]{0,10}(里面(没|没有)人|没(有)?人在里面)|(?:电梯 )?(lift|elevator)[^.!?]{0,30}doors? (wide )?open[^.!?]{0,20}(moving|moved|going|went)", RegexOptions.IgnoreCase)]
    private static partial Regex LiftHazard();

    [GeneratedRegex("电梯[^。.!！?？]{0,20}(出不(了|到|去)(门|屋|家)|下不(了|到|去)楼|落不(了|到)(楼|街)|行不到楼梯|下不来|上不去|下不去(了)?(?!吗)|都在爬|爬楼梯|爬楼|走不动)|between floors|(?:电梯 )?(lift|elevator)[^.!?]{0,100}(can'?t get (down|up)|cannot get (down|up)|nobody can go (up|down)|can'?t go (up|down))", RegexOptions.IgnoreCase)]
    private static partial Regex StrandedByLifts();

    [GeneratedRegex("往下(掉|扔|丢|落|砸|飞)[^。.!！?？]{0,24}(楼下|下面|底下)[^。.!！?？]{0,8}(有人|人在|一堆人|好多人|很多人|行人|小孩|人走|都是人|全是人)|(下面|底下|楼下)[^。.!！?？]{0,6}(有人|好多人|很多人|人在|小孩)[^。.!！?？]{0,24}(掉下来|砸下来|坠落|掉下一)|(掉|砸|落)(了|下)?[^，。,.!！?？]{0,8}(下来|下去)[^。.!！?？]{0,20}(有人|人走|行人|路过|小孩|砸到人|差点|身边|身旁|脚边|差少少|险些)")]
    private static partial Regex FallingNearPeople();

    [GeneratedRegex("(人|工人|师傅|小孩|孩子)[^，。,.!！?？]{0,8}(吊|悬|挂)在半空|吊篮[^，。,.!！?？]{0,6}(?<!刮|碰|撞|蹭|打)(断|掉|翻)|(天台|楼顶|屋顶|阳台|窗台|窗外)[^。.!！?？]{0,8}(坐在边|站在边|爬出|要跳|想跳|想不开)|(要|想)跳楼")]
    private static partial Regex PersonAtHeight();

    [GeneratedRegex("电梯困人|困电梯|(困|关|卡|锁)在(了)?(电梯|轿厢)|(困|关|卡|锁)在(了)?[^，。,.!！?？]{1,6}(电梯|轿厢)(里|里面|里头)|(被困|困住|困在)(?=.{0,10}(电梯|轿厢|里面|lift|elevator))|(电梯|轿厢|lift|elevator).{0,16}(里面有人|里面(还)?(有|关着|困着|锁着)(个|位|一个|两个)?(老人|阿婆|阿公|婆婆|老太太|老太|老头|老大爷|大爷|大妈|阿姨|小孩|孩子|小朋友|宝宝|孕妇|病人|人)|有人在里面|人在里面|(女儿|儿子|闺女|孙子|孙女|外孙|老公|老婆|家人|朋友|同事|邻居|孕妇|病人)(还)?在里面|[我们他她孩子老人婆爷奶妈爸]+(还)?在里面|出不来|出不去|被关|关住(了)?人|把人关住|关在里面|困|stuck|trapped)|(stuck|trapped) in (the |a )?(?:电梯 )?(lift|elevator)|(我|我们|我妈|我爸|孩子|小孩|老人)(还)?(在|困在|关在|卡在)电梯里|in (the )?(?:电梯 )?(lift|elevator)[^.]{0,30}(stop|stuck|cannot|can't|not open)|(女儿|儿子|闺女|孙子|孙女|外孙|老公|老婆|孩子|小孩|老人|我妈|我爸|妈妈|爸爸|奶奶|爷爷|外婆|外公)[^，。,.!！?？]{0,6}(坐|搭|乘)(着)?电梯[^。.!！?？]{0,24}(不动了|停住了|卡住了|停在半|门(也)?(打不开|开不了|不开))|(^|我|我们|人|孩子|小孩|老人|我妈|我爸|[他她]们?|有人)(被)?(困|关|卡|锁)电梯(里|里面|里头)", RegexOptions.IgnoreCase)]
    private static partial Regex TrappedInLift();

    [GeneratedRegex("胸口(疼|痛|闷)|胸口(像|好像)?(压了|压着)(一)?块(大)?石头|硝酸甘油[^。.!！?？]{0,8}(没用|不管用|不见效|也没用)|胸痛|心口疼|喘不上气|喘不过气|没(了)?声音了|没动静了|人不行了|(压到|压住|压着|砸中|撞倒|压在)[^，。,.!！?？]{0,8}(人|小孩|孩子|老人|小朋友|保安|保洁|快递|骑手|师傅|工人|大哥|大姐|阿姨|大爷|路人|行人|司机)|喊救命|叫救命|大喊救命|呼救|家暴|(手|脚|胳膊|手指|头|腿|孩子|小孩|小朋友|宝宝|人)[^，。,.!！?？]{0,4}(被)?(夹住|卡住|卡在|夹在|卡着|夹着)[^。.!！?？]{0,10}(拔不出|出不来|拿不出|抽不出|动不了|取不出)|(老人|人|孩子|小孩|小朋友|宝宝|学生|男孩|女孩|老太太|大爷|阿姨)[^，。,.!！?？]{0,12}(摔|滚|跌)(下去|下来|倒在)|(?<![栓栏杆柱门墙灯桩树坛桶闸箱牌亭桥墩]|(?<![骑开])车|车子|车头|车尾|车门)被(车|汽车|电动车|摩托车|货车)?撞(了|倒|伤|飞)|(?<![镜桌椅凳床架柜]|桌子|椅子|凳子|柜子|架子|沙发|茶几)(腿|胳膊|手臂|手腕|脚踝|骨头)(好像|可能|应该)?(断了|折了)|(?<!肯定|估计|可能|恐怕|怕|应该|会|明早|明天)(站不起来|起不来(?!床)|爬不起来(?!床))|动弹不得|(他|她|人|老人|我爸|我妈|孩子)[^，。,.!！?？]{0,4}不能动|(从|在)[^，。,.!！?？]{0,6}(楼梯|台阶|高处|梯子)[^，。,.!！?？]{0,4}(摔|滚|跌)(下|倒)|(?<!别让|不让|防止|以免|免得|怕|担心|小心|别|不要让|省得)(人|小孩|孩子|老人|小朋友)[^，。,.!！?？]{0,4}掉(下去|进去|进了|进)|掉进(井|坑|水池|河|湖)|砸到(了)?(我|他|她|人|孩子|小孩|老人|爸|妈|头)|晕倒|昏倒|昏迷|晕过去|昏过去|不省人事|叫不醒|(叫|喊|拍)(他|她)?(都)?没(有)?反应|(叫|喊|拍|敲)(了)?(他|她)(了)?(半天|好久|好几声|很久|好几遍)(都|也)?没(有)?(反应|动静|回应)|没有呼吸|没呼吸|呼吸困难|抽搐|(?<!有|患|得了|得过|有过|患有)(心脏病|中风)(?!刚出院|出院|后遗症|病人|患者|的老人|睡不着)|骨折|骨头断|摔伤|受伤|流血|出血(?![压糖脂小])|大出血|吐血|(?<!一针)见血(了|啦)|(喊|叫)不(答应|应)|(喊|叫)(他|她)(都|也)不(答应|应)了|血流不止|血流|头破|割伤|划伤|撞伤|烫伤|烧伤|砸伤|砸到人|砸到了人|砸中|触电|溺水|咬伤|中毒|休克|没意识|没知觉|动不了|不能动了|倒在地上|倒地不起|倒地|口吐白沫|喊不醒|没心跳|噎住|跳楼(?![机价])|轻生|摔倒.{0,3}(起不来|爬不起来)|打了?1[12]0|injur|bleed|faint|unconscious|(?<!(handle|door|knob|tile|cover|panel|lid|part|light|lamp|cap|shelf|it|that|this|rail|hook|mirror) )fell (down|over|in|on|off)|has fallen|can'?t get up|cannot get up|collaps|passed out|not breathing|heart attack|stroke", RegexOptions.IgnoreCase)]
    private static partial Regex Injury();

    [GeneratedRegex("坍塌|倒塌|塌方|(房子|楼|墙|阳台|屋顶|顶棚|楼梯|雨棚|天花板|吊顶|脚手架)[^，。,.!！?？]{0,3}(塌了|塌下来|垮了|垮下来)")]
    private static partial Regex Collapse();

    [GeneratedRegex("撬门|撬锁|撬窗|(?<!(井盖|盖板|盖子|水表箱|电表箱)[^，。,.!！?？]{0,6})撬开|撬我|在撬|入室|盗窃|抢劫|持刀|拿刀|拿着刀|拿着(菜刀|刀子|棍子|砍刀)|舞刀|挥刀|(刀|凶器)[^，。,.!！?？]{0,4}吓人|砍人|闯进|进小偷|有小偷|小偷在|正在偷|在偷东西|(陌生|不认识的?|可疑)[^，。,.!！?？]{0,6}(人|男|女)[^。.!！?？]{0,12}(弄|撬|捅|拧|搞|拆)[^，。,.!！?？ ]{0,5}(锁|门)|翻窗|爬窗|(摄像头|监控|门铃|猫眼|可视|camera)[^。.!！?？]{0,14}(有人|有个人|陌生人|有个男的|有个女的)[^，。,.!！?？]{0,6}(走动|走来走去|翻东西|在翻|进来|进了|在屋里|在客厅|在卧室)|break[- ]?in(?!g)|burglar|\\b(?:trying|tries|testing|rattling|jiggling)\\s+(?:the\\s+|every\\s+|each\\s+|all\\s+the\\s+|our\\s+|my\\s+)?(?:door\\s*(?:handle|knob)s?|doors)\\b|\\btrying\\s+to\\s+(?:open|get\\s+into|break\\s+into|force)\\s+(?:the\\s+|our\\s+|my\\s+|every\\s+|people'?s\\s+)?(?:doors?|flats?|apartments?|homes?)\\b|\\bpicking\\s+(?:the\\s+|my\\s+|our\\s+)?locks?\\b|\\bprowler", RegexOptions.IgnoreCase)]
    private static partial Regex Intruder();

    [GeneratedRegex("(?<!(空调|冷凝|内机|外机|雨棚|窗户|车顶).{0,4})(漏水|露水)|爆管|(水管|管子|管道|接头|进水管|软管|水喉)(.{0,3}|被[^，。,.!！?？]{0,4})(爆|裂|脱了|脱落|喷)|(水)?(射|喷|呲|滋)(得|到)(周围|到处|四处|满地|一地|满墙)|喷水(?!池)|水浸|水淹|被淹|淹了|(?<!(二手车|买车|新车|车况)[^，。,.!！?？]{0,10})(?<!气)泡水(?!车|后|喝|饮|茶|代茶|的功效|泡脚)|全泡了|全是水(?![汽气印渍痕泡珠])|都是水(?![汽气印渍痕泡珠])|(?<!(空调|外机|内机)[^，。,.!！?？]{0,6})(滴|漏|流|淌)[^，。,.!！?？]{0,4}(得)?(跟|像|和|好像|如同)(下雨|下大雨|瀑布|水帘|小溪|小河)(一样|似的|一般|那样)?|(?<=水[^。.!！?？]{0,16})(淹到|漫到|流到|漫进|淹进|流进|淌到)(了)?(卧室|客厅|房间|书房|走廊|过道|房门口|卧室门口)|一地水|一地的水|一大滩水|(踩|踩了)一脚(的)?水|水漫|溢水|冒水|反水|返水|(?<!(烟|烟味|油烟|味道|臭味|气味|烟气)[^，。,.!！?？]{0,10})倒灌|(?<!(空调|冷凝|内机|外机|挂机)[^，。,.!！?？]{0,10})往下流水|哗哗(地|的)?(流|往下|往外|漏|喷)|往下淌|(客厅|卧室|家里|屋里|厨房|阳台|房间)[^，。,.!！?？]{0,6}进水|(?<!风)灌进来|(?<!风)灌进屋|渗(水)?得(好|很|太|特别|非常)?(快|厉害|猛)|(盆|桶|盘)[^，。,.!！?？]{0,6}接不(过来|住|赢|及)|接不过来|又(开始)?漏(了|水)|(?<!\\b(?:" + CueContext.AirConditionerInEnglish + ")\\b[^.!?]{0,40})(pouring|leaking|dripping) (through|from|in)|water leak|(?<!\\b(?:" + CueContext.AirConditionerInEnglish + ")\\b[^.!?]{0,40})leaking|flood", RegexOptions.IgnoreCase)]
    private static partial Regex WaterComingIn();

    [GeneratedRegex("^(今天|今晚|现在|早上|一早|晚上|这会|这会儿)?(家里|屋里|全屋)?(又)?没(有)?电(了|啦|呀|啊|咯)?\\s*([!！。,， ]|$)|(我家|家里|屋里)[^，。,.!！?？]{1,6}(就|都|一直|又|还是|还)没(有)?电(?![动瓶池脑话梯视])|停电(?!动车|瓶车|车)|(屋里|家里|全屋)[^，。,.!！?？]{0,3}(全部|都|全)?没电|总(开关|闸)[^，。,.!！?？]{0,4}跳|断电|跳闸|跳匝|停点|(家里|家|全屋|整栋|整个|单元|屋里|房子|突然)(楼)?(都|全)?没(有)?电(?![动瓶池脑话梯视])|power (cut|out|outage)|power'?s (out|off|gone|down)|power (is|has gone) (out|off|down)|(no|lost( the)?) (power|electricity)|blackout", RegexOptions.IgnoreCase)]
    private static partial Regex PowerCut();

    [GeneratedRegex("没(有)?水(冲|用|洗|喝|做饭)|^(家里|屋里)?(又)?没(有)?水(了|啦|呀|啊)?([!！。,， ?？]|$)|(龙头|水龙头)[^，。,.!！?？]{0,4}(打开|开了|拧开|一开|开)[^，。,.!！?？]{0,3}(都|也|就)?(没|没有|不出)水|停水|断水|听水了|(一拧|拧开|一开|打开|开了)[^，。,.!！?？]{0,4}(一点|一滴)(水)?(都|也)(没有|没|不出|出不来)|(家里|家|屋企|屋里|全屋|整栋|整个|单元|龙头|突然|一滴)(都)?(没|没有|冇|不出|不来)水|(龙头|水龙头|水管|自来水)[^，。,.!！?？]{0,4}(一滴|一点)(水)?(都|也)(出不来|不出|流不出)|no water(?! (anywhere|on the (floor|ground|wall)|leak|com(es|ing) (in|through|out of the (ceiling|wall))|damage|stains?\\b|(that )?(i|we) can see|visible|around))", RegexOptions.IgnoreCase)]
    private static partial Regex WaterCut();

    [GeneratedRegex("(马桶|马通|坐便|厕所|蹲坑|蹲便|toilet|(?<![a-z])wc(?![a-z])).{0,4}(堵|赌|冲不下|不下水|溢|漫|冒水|反水)|(?<=(马桶|马通|坐便|厕所|蹲坑|蹲便)[^。.!！?？]{0,14})(又|还是)(堵|赌)(了|住)|toilet (is |has )?(blocked|clogged|overflowing|backed up)", RegexOptions.IgnoreCase)]
    private static partial Regex BlockedToilet();

    [GeneratedRegex("井盖|没(有)?盖子的井|(沙井|窨井|下水井|污水井|雨水井|检查井|渠)(口)?[^，。,.!！?？]{0,4}(没|丢|不见|缺|掉|少)(了)?(个)?(盖|盖子)|(沙井|窨井|下水井|污水井|雨水井|检查井|渠)(的)?盖(子|板)?[^，。,.!！?？]{0,3}(没了|丢了|不见|被偷|被人搬|掉下去)|渠盖|(污水|粪水|脏水|黑水).{0,4}(冒|溢|流|漫|涌)|(冒|溢|涌)[^，。,.!！?？]{0,3}(污水|粪水|脏水|黑水)|(化粪池|污水井|下水井|排污).{0,4}(冒|溢|满|爆|堵)|积水|(车库|地库|大堂|电梯厅|楼道).{0,4}(进水|淹)|(天台|楼顶|屋面|露台).{0,8}(排水|落水|雨水).{0,4}(堵|不通)|排水沟.{0,3}堵|雨水.{0,4}(倒灌|灌进)|manhole", RegexOptions.IgnoreCase)]
    private static partial Regex PublicHazard();

    [GeneratedRegex("(水泵|泵房|变压器|配电房|配电室|电梯机房|(?<![新暖])风机|排风(?![扇])|冷却塔|发电机|换热站|驱鸟器|驱鸟炮|transformer|pump).{0,16}(响|吵|噪|嗡|轰|震|noise|noisy)|(噪音|吵|响|noise).{0,8}(水泵|泵房|变压器|配电房|电梯机房|(?<![新暖])风机)", RegexOptions.IgnoreCase)]
    private static partial Regex PublicEquipmentNoise();

    [GeneratedRegex("(两部|两台|几部|几台|所有|全部)(电梯)?(都|全)(坏|停|不动|用不了|不能用)|(另一部|另外一部|另一台|别的|其他的?|其它的?)(电梯)?也(坏|停|不动)|一部都(没有|用不了|不能用)|电梯[^。.!！?？]{0,6}(夹人|夹到人|门夹)|(两台|两部|所有|全部|几台|全)电梯(都|全)[^，。,.!！?？]{0,2}(坏|停|不动|不能|用不了)|电梯.{0,4}(都|全|全部).{0,3}(坏|停|不动|不能用|不能坐|用不了)", RegexOptions.IgnoreCase)]
    private static partial Regex AllLiftsDown();

    [GeneratedRegex("((?<![0-9A-Za-z-])(?<!(我是|我住|我家|我们家|我在|我係|我系|我有(一)?套|我的房子|我那套)[^，。,.!！?？]{0,8})[0-9]{3,4}(?![0-9])(?!号?(车位|位|停车位))(室|号|家|那家|那户|的)?|(?<![0-9A-Za-z])[Ss]1[0-2][0-9](?![0-9])(?!\\s*(我们|我|本店))[^，。,.!！?？ ]{0,4}(店|铺|舖|餐厅|饭店|烧烤|炸|火锅|奶茶|那家|那间)|(?<![0-9])[0-9]{1,2}楼(那家|那户|那只|那条|那个|的)|[0-9一二三四五六七八九]栋(?!旁边|边上|门口|后面|前面|附近|外面|侧面|背后)[^，。,.!！?？]{0,3}(那个(?!垃圾|花园|草坪|绿化|路灯|大门|门口|车库|停车|井盖|水池|广场|凉亭|充电|快递|信报|消防|配电|水泵|电动车棚|电瓶车棚|车棚|自行车棚|健身|篮球|游乐|儿童|滑梯|秋千|岗亭)|那家|那户)|(我们|这|同)(一)?层(楼)?有(一)?户(人家)?|有(一)?户人家|楼上|隔壁|对门|对面那家|对面那户|邻居|上面那家|上面那户|上面的人|上面住的|楼下(那家|那户|邻居|的人|住户|的狗|的小孩))[^。!！?？]{0,16}(装修|电钻|打钻|钻墙|砸墙|敲墙|切瓷砖|吵|噪音|唱歌|唱k|麻将|蹦|跳绳|摔门|狗|猫|音响|低音炮|音乐|派对|party|油漆味|甲醛|卡拉ok|k歌|震天响|吵死|太响|很响|车位|堵门|堵着门|不拴绳|没拴绳|遛狗|垃圾|杂物|堆|占了|电动车|电瓶车|充电|狗屎|狗粪|抽烟|烟味|烟头|烧烤|油烟|空调[^，。,.!！?？]{0,6}滴|外机[^，。,.!！?？]{0,6}滴|外机[^，。,.!！?？]{0,8}(正对|对着|朝着|吹|嗡嗡)|不牵绳|没牵绳|狗尿|跑来跑去|跑到晚|跳跃|拖拉|重物|脚步声|跺脚|跑个不停|咚咚|哐哐|砰砰|乒乒乓乓|拖椅子|拖凳子|拖桌子|弹珠)", RegexOptions.IgnoreCase)]
    private static partial Regex NeighbourNuisance();

    [GeneratedRegex("(upstairs|next door|downstairs|neighbou?rs?|\\b(in|at|from) (unit |flat |room |#)?\\d{3,4}\\b)[^.!?]{0,40}(loud|noise|noisy|music|party|drilling|barking|smok|poo|pee|dog mess|leash|\\bdogs?\\b|\\bbarks?\\b|garbage|rubbish|trash|junk|hoard)", RegexOptions.IgnoreCase)]
    private static partial Regex NeighbourNuisanceInEnglish();
}
