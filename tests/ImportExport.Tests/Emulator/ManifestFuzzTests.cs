using System.Text;
using ImportExport.Manifest;

namespace ImportExport.Tests.Emulator;

/// <summary>
/// Issue 24, item 7: a bounded, repeatable fuzz run over the manifest checker the module and the emulator share.
/// Every mutation of the sample manifests (a fixed seed and count, a few seconds) gets an answer, never an
/// exception: valid, the fields' problems, or malformed with a line where the text has one. The reliability probe
/// that found the unclosed flow sequence crash ran 4,000 such manifests.
/// </summary>
public sealed class ManifestFuzzTests
{
    private const int Seed = 24;
    private const int Count = 4000;

    private static readonly string[] Samples =
    [
        SampleManifests.Import + "\n",
        "manifestVersion: 2.0\naccessKeyId: AKIAIOSFODNN7EXAMPLE\ndeviceId: 70123\nlogBucket: my-log-bucket\nfileSystem: NTFS\nreturnAddress:\n  name: Jane Doe\n  street1: 123 Any Street\n  city: Anytown\n  postalCode: 10115\n  phoneNumber: +49 30 1234\n  country: Germany\noperations:\n  - exportBucket: my-export-bucket\n    prefix: photos/\n  - exportBucket: examplebucket\n",
        "manifestVersion: 2.0\naccessKeyId: AKIAIOSFODNN7EXAMPLE\ndeviceId: \"49382\"\nbucket: my-import-bucket\neraseDevice: yes\nnotificationEmail: a@example.com;b@example.com\ncustoms:\n  dataDescription: photos\n  encryptedData: no\nreturnAddress: {name: Jane Doe, street1: 1 Main St, city: Anytown, postalCode: \"1\", phoneNumber: \"2\", country: USA}\n",
    ];

    // What YAML gives meaning to, and what breaks it.
    private static readonly string[] Fragments =
    [
        "[", "]", "{", "}", ",", ":", ": ", "- ", "-", "?", "? ", "&a ", "*a", "!", "!!str ", "|", ">", "'", "\"", "#", "%", "@", "`",
        "\t", "\n", "\r\n", "  ", "    ", "---\n", "...\n", "\\", "\u00e9", "\uFEFF", "\0", "\u2028", "key: [v\nnext: x\n", "{a: [b, {c: d}\n",
        "bucket: [my-import-bucket\n", "x: \"unterminated\n", "x: 'a''b\n", "- [\n", "? [a, b]\n: c\n", "!<tag:yaml.org,2002:str> ", "<<: *a\n",
    ];

    [Fact]
    public void Every_mutated_manifest_gets_an_answer_and_a_parse_failure_is_malformed_with_its_line()
    {
        var random = new Random(Seed);
        var malformed = 0;
        for (var i = 0; i < Count; i++)
        {
            var text = Mutate(Samples[random.Next(Samples.Length)], random);
            var jobType = random.Next(2) == 0 ? ManifestJobType.Import : ManifestJobType.Export;

            ManifestValidationResult result;
            try
            {
                result = ManifestValidator.Validate(text, jobType);
            }
            catch (Exception ex)
            {
                Assert.Fail($"Mutation {i} (seed {Seed}) threw {ex.GetType().Name}: {ex.Message}\n--- manifest ---\n{text}");
                return;
            }

            Assert.True(result.IsValid || result.Problems.Count > 0, $"Mutation {i}: invalid without a problem.");
            var notYaml = result.Problems.Where(p => p.Kind == ManifestProblemKind.Malformed && p.Rule.StartsWith("is not valid YAML", StringComparison.Ordinal)).ToList();
            if (notYaml.Count > 0)
            {
                malformed++;
                Assert.All(notYaml, p => Assert.True(p.Line is > 0, $"Mutation {i}: '{p.Message}' has no line.\n--- manifest ---\n{text}"));
            }
        }

        // The run exercises the parser's failures, not only the field rules.
        Assert.InRange(malformed, Count / 20, Count);
    }

    private static string Mutate(string sample, Random random)
    {
        var text = new StringBuilder(sample);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(5))
            {
                case 0:
                case 1:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(1 + random.Next(8), text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 3:
                    // A line repeated elsewhere (duplicate keys, broken nesting).
                    var lines = text.ToString().Split('\n');
                    var line = lines[random.Next(lines.Length)];
                    text.Insert(at, line + "\n");
                    break;
                default:
                    text.Insert(at, (char)random.Next(0x20, 0x7F));
                    break;
            }
        }

        return text.ToString();
    }
}
