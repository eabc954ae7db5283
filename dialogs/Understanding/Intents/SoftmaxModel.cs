using System.Numerics;
using System.Runtime.InteropServices;

namespace ConciergeBot.Dialogs.Understanding.Intents;

/// <summary>
/// Multinomial logistic regression over hashed sparse features, trained by deterministic SGD (fixed-seed
/// shuffling, decaying step, L2 shrinkage of the rows touched). Feature vectors are length-normalised.
/// Each feature's weights form one row padded to a multiple of the SIMD width, so scoring and updating a
/// feature are a couple of vector operations; all arithmetic is element-wise, hence identical on every machine.
/// </summary>
internal sealed class SoftmaxModel
{
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly int _classes;
    private readonly int _stride;
    private readonly float _temperature;

    private SoftmaxModel(float[] weights, float[] bias, int classes, int stride, float temperature)
    {
        _weights = weights;
        _bias = bias;
        _classes = classes;
        _stride = stride;
        _temperature = temperature;
    }

    /// <summary>Class probabilities for one message's features (<paramref name="probabilities"/> holds one slot per class).</summary>
    public void Predict(List<int> features, Span<float> probabilities)
    {
        Span<float> scores = stackalloc float[_stride];
        Scores(_weights, _bias, _stride, CollectionsMarshal.AsSpan(features), scores);
        scores[.._classes].CopyTo(probabilities);
        Softmax(probabilities[.._classes], 1f / _temperature);
    }

    /// <summary>
    /// Trains <see cref="SoftmaxTrainingOptions.Runs"/> models on the same examples, each shuffled by its own seed (in
    /// parallel), and averages their weights: one SGD run's last epochs leave it where its shuffle happened to end — a few
    /// lines added or removed move every decision a little — and the average of runs is steadier, at one model's cost to
    /// score. Deterministic: each run depends only on its seed, and they are summed in a fixed order.
    /// </summary>
    public static SoftmaxModel Train(IReadOnlyList<int[]> examples, IReadOnlyList<int> labels, int classes, SoftmaxTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Runs <= 1)
        {
            return TrainOne(examples, labels, classes, options);
        }

        var runs = new SoftmaxModel[options.Runs];
        Parallel.For(0, options.Runs, run => runs[run] = TrainOne(examples, labels, classes, options with { Seed = options.Seed + ((ulong)run * SeedStep) }));
        var first = runs[0];
        var scale = 1f / runs.Length;
        var width = Vector<float>.Count;
        for (var i = 0; i < first._weights.Length; i += width)
        {
            var sum = new Vector<float>(first._weights, i);
            for (var run = 1; run < runs.Length; run++)
            {
                sum += new Vector<float>(runs[run]._weights, i);
            }

            (sum * scale).CopyTo(first._weights, i);
        }

        for (var k = 0; k < first._bias.Length; k++)
        {
            var sum = first._bias[k];
            for (var run = 1; run < runs.Length; run++)
            {
                sum += runs[run]._bias[k];
            }

            first._bias[k] = sum * scale;
        }

        return first;
    }

    /// <summary>Seeds of the runs, far apart (the golden-ratio step SplitMix64 itself uses).</summary>
    private const ulong SeedStep = 0x9E3779B97F4A7C15;

    private static SoftmaxModel TrainOne(IReadOnlyList<int[]> examples, IReadOnlyList<int> labels, int classes, SoftmaxTrainingOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(examples.Count, labels.Count);
        var width = Vector<float>.Count;
        var stride = (classes + width - 1) / width * width;
        var weights = new float[TextFeatures.Dimension * stride];
        var bias = new float[stride];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new SplitMix64(options.Seed);
        Span<float> p = stackalloc float[stride];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            Shuffle(order, random);
            var rate = options.LearningRate / (1f + (epoch * options.Decay));
            var shrink = new Vector<float>(1f - (rate * options.L2));
            foreach (var index in order)
            {
                var features = examples[index];
                if (features.Length == 0)
                {
                    continue;
                }

                Scores(weights, bias, stride, features, p);
                Softmax(p[..classes], 1f);
                p[labels[index]] -= 1f;
                var step = new Vector<float>(rate / MathF.Sqrt(features.Length));
                for (var k = 0; k < stride; k += width)
                {
                    var gradient = new Vector<float>(p[k..]) * step;
                    foreach (var f in features)
                    {
                        var row = weights.AsSpan((f * stride) + k, width);
                        ((new Vector<float>(row) * shrink) - gradient).CopyTo(row);
                    }
                }

                for (var k = 0; k < classes; k++)
                {
                    bias[k] -= rate * 0.1f * p[k];
                }
            }
        }

        return new SoftmaxModel(weights, bias, classes, stride, options.Temperature);
    }

    /// <summary>Bias plus the length-normalised sum of the feature rows (padded slots stay zero).</summary>
    private static void Scores(float[] weights, float[] bias, int stride, ReadOnlySpan<int> features, Span<float> scores)
    {
        var width = Vector<float>.Count;
        var scale = features.Length == 0 ? 0f : 1f / MathF.Sqrt(features.Length);
        for (var k = 0; k < stride; k += width)
        {
            var sum = Vector<float>.Zero;
            foreach (var f in features)
            {
                sum += new Vector<float>(weights, (f * stride) + k);
            }

            ((sum * scale) + new Vector<float>(bias, k)).CopyTo(scores[k..]);
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
