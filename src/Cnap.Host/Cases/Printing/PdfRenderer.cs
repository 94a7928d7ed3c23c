using System.Diagnostics;

namespace Cnap.Host.Cases.Printing;

/// <summary>
/// HTML to PDF by headless Chromium (PDFsharp is AGPL, QuestPDF and MigraDoc are not served): the print view is written
/// to a private temporary folder and printed from there, so the browser needs no session and reaches nothing else.
/// </summary>
public sealed class PdfRenderer(IConfiguration configuration, ILogger<PdfRenderer> logger)
{
    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("cnap-print-");
        try
        {
            var input = Path.Combine(folder.FullName, "page.html");
            var output = Path.Combine(folder.FullName, "page.pdf");
            await File.WriteAllTextAsync(input, html, cancellationToken);
            var start = new ProcessStartInfo(configuration["Printing:Chromium"] ?? "/usr/bin/chromium")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--disable-background-networking",
                "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={output}",
                new Uri(input).AbsoluteUri,
            })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            if (!File.Exists(output))
            {
                logger.LogError("Chromium printed no PDF (exit {Code}): {Errors}", process.ExitCode, await errors);
                throw new InvalidOperationException("Chromium printed no PDF.");
            }
            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
