namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Multinomial logistic regression over hashed sparse features, trained by deterministic SGD
/// (fixed-seed shuffling, decaying step, lazy L2). Feature vectors are length-normalised.
/// </summary>
internal sealed class SoftmaxModel
{
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly int _classes;
    private readonly float _temperature;

    private SoftmaxModel(float[] weights, float[] bias, int classes, float temperature)
    {
        _weights = weights;
        _bias = bias;
        _classes = classes;
        _temperature = temperature;
    }

    public int Classes => _classes;

    /// <summary>Class probabilities for one message's features.</summary>
    public void Predict(List<int> features, Span<float> probabilities)
    {
        Scores(_weights, _bias, _classes, features, probabilities);
        Softmax(probabilities, 1f / _temperature);
    }

    public static SoftmaxModel Train(IReadOnlyList<int[]> examples, IReadOnlyList<int> labels, int classes, SoftmaxTrainingOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(examples.Count, labels.Count);
        var weights = new float[TextFeatures.Dimension * classes];
        var bias = new float[classes];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new SplitMix64(options.Seed);
        Span<float> p = stackalloc float[classes];
        var buffer = new List<int>(256);
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            Shuffle(order, random);
            var rate = options.LearningRate / (1f + (epoch * options.Decay));
            foreach (var index in order)
            {
                var features = examples[index];
                if (features.Length == 0)
                {
                    continue;
                }

                buffer.Clear();
                buffer.AddRange(features);
                Scores(weights, bias, classes, buffer, p);
                Softmax(p, 1f);
                p[labels[index]] -= 1f;
                var scale = rate / MathF.Sqrt(features.Length);
                var shrink = 1f - (rate * options.L2);
                foreach (var f in features)
                {
                    var row = weights.AsSpan(f * classes, classes);
                    for (var k = 0; k < classes; k++)
                    {
                        row[k] = (row[k] * shrink) - (scale * p[k]);
                    }
                }

                for (var k = 0; k < classes; k++)
                {
                    bias[k] -= rate * 0.1f * p[k];
                }
            }
        }

        return new SoftmaxModel(weights, bias, classes, options.Temperature);
    }

    private static void Scores(float[] weights, float[] bias, int classes, List<int> features, Span<float> scores)
    {
        bias.AsSpan().CopyTo(scores);
        if (features.Count == 0)
        {
            return;
        }

        var scale = 1f / MathF.Sqrt(features.Count);
        Span<float> sum = stackalloc float[classes];
        sum.Clear();
        foreach (var f in features)
        {
            var row = weights.AsSpan(f * classes, classes);
            for (var k = 0; k < classes; k++)
            {
                sum[k] += row[k];
            }
        }

        for (var k = 0; k < classes; k++)
        {
            scores[k] += sum[k] * scale;
        }
    }

    private static void Softmax(Span<float> scores, float inverseTemperature)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = MathF.Max(max, s);
        }

        var total = 0f;
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = MathF.Exp((scores[k] - max) * inverseTemperature);
            total += scores[k];
        }

        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] /= total;
        }
    }

    private static void Shuffle(int[] order, SplitMix64 random)
    {
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = (int)(random.Next() % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
    }
}
