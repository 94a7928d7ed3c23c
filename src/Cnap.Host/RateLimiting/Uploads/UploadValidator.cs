using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cnap.Host.RateLimiting.Uploads;

public sealed record UploadedFile(string FileName, long Length, Func<Stream> Open);

public sealed record UploadProblem(string FileName, string Message);

/// <summary>Checks count, sizes and real types of a batch of files; every problem comes back as a sentence for the user.</summary>
public sealed class UploadValidator(IOptions<UploadRules> rules, IStringLocalizer<RateLimitText> text)
{
    public async Task<IReadOnlyList<UploadProblem>> ValidateAsync(IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        var limits = rules.Value;
        var problems = new List<UploadProblem>();
        if (files.Count > limits.MaxFiles)
            problems.Add(new("", text["UploadTooMany", limits.MaxFiles]));
        if (files.Sum(f => f.Length) > limits.MaxTotalBytes)
            problems.Add(new("", text["UploadTotalTooLarge", Size(limits.MaxTotalBytes)]));
        foreach (var file in files)
        {
            if (file.Length == 0)
                problems.Add(new(file.FileName, text["UploadEmpty", file.FileName]));
            else if (file.Length > limits.MaxFileBytes)
                problems.Add(new(file.FileName, text["UploadTooLarge", file.FileName, Size(limits.MaxFileBytes)]));
            else
            {
                await using var stream = file.Open();
                var kind = await FileSignature.DetectAsync(stream, cancellationToken);
                if (!limits.Allowed.Contains(kind))
                    problems.Add(new(file.FileName, text["UploadWrongType", file.FileName, string.Join(", ", limits.Allowed.Select(k => k.ToString().ToUpperInvariant()))]));
            }
        }
        return problems;
    }

    public Task<IReadOnlyList<UploadProblem>> ValidateAsync(IFormFileCollection files, CancellationToken cancellationToken) =>
        ValidateAsync(files.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream)).ToList(), cancellationToken);

    private string Size(long bytes) => bytes >= 1024 * 1024
        ? text["SizeMb", (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture)]
        : text["SizeKb", Math.Max(1, bytes / 1024)];
}
