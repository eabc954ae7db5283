namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>Hyper-parameters of <see cref="SoftmaxModel.Train"/>; the defaults are the shipped ones.</summary>
internal sealed record SoftmaxTrainingOptions
{
    public int Epochs { get; init; } = 5;
    public float LearningRate { get; init; } = 2.0f;
    public float Decay { get; init; } = 1.0f;
    public float L2 { get; init; } = 1e-5f;
    /// <summary>Softmax temperature, fitted on a held-out tenth of the corpus (expected calibration error ≈ 0.01); the raw model is under-confident.</summary>
    public float Temperature { get; init; } = 0.5f;
    public ulong Seed { get; init; } = 20261122;

    /// <summary>How many SGD runs (each with its own shuffle) are averaged into the model.</summary>
    public int Runs { get; init; } = 4;
}
