using Cnap.Host.Access;
using Cnap.Host.Api;
using Cnap.Host.Audit;
using Cnap.Host.Calendar;
using Cnap.Host.Cases;
using Cnap.Host.Cases.Printing;
using Cnap.Host.Cabinet;
using Cnap.Host.Cabinet.Rating;
using Cnap.Host.Catalogue;
using Cnap.Host.Components;
using Cnap.Host.Data;
using Cnap.Host.Demo;
using Cnap.Host.Documents;
using Cnap.Host.Health;
using Cnap.Host.Hosting;
using Cnap.Host.Identity;
using Cnap.Host.Localization;
using Cnap.Host.TechnologicalCards;
using Cnap.Host.Workflows;
using Cnap.Host.RateLimiting;
using Cnap.Host.Notifications;
using Cnap.Host.Organisations.Centres;
using Cnap.Host.Scheduling;
using Cnap.Host.Queue;

if (CommandLine.IsHealthCheck(args))
    return await CommandLine.CheckHealthAsync(args);

var builder = WebApplication.CreateBuilder(args);

builder.ListenOnDefaultAddressUnlessConfigured();
builder.AddCnapDatabase();
builder.AddCnapLocalization();
builder.AddCnapHealth();
builder.AddCnapApi();
builder.AddCnapIdentity();
builder.AddCnapAccess();
builder.AddCnapAudit();
builder.AddCnapRateLimiting();
builder.AddCnapCalendar();
builder.AddCnapCatalogue();
builder.AddCnapCentres();
builder.AddCnapDemoData();
builder.AddCnapWorkflows();
builder.AddCnapTechnologicalCards();
builder.AddCnapCases();
builder.AddCnapDocuments();
builder.AddCasePrinting();
builder.AddCnapDemoCases();
builder.AddCnapUi();
builder.AddCnapNotifications();
builder.AddCnapScheduling();
builder.AddCnapQueue();

// The console logger writes from a queue: the app is disposed on every exit, early ones too, so its last line is not lost.
await using var app = builder.Build();

if (CommandLine.IsMigrate(args))
    return await app.MigrateAndExitAsync();

if (!await app.PrepareDatabaseAsync())
    return 1;

app.UseCnapForwardedHeaders();
app.UseCnapErrorHandling();
app.UseCnapLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseCnapApiAccess();
app.UseCnapRateLimiting();
app.UseAntiforgery();
app.MapStaticAssets();

app.MapCnapHealth();
app.MapCnapApi();
app.MapCnapIdentity();
app.MapCnapAudit();
app.MapCnapCalendar();
app.MapCnapCatalogue();
app.MapWorkflowApi();
app.MapCnapCases();
app.MapCnapDocuments();
app.MapCasePrinting();
app.MapCnapCabinet();
app.MapCnapRatings();
app.MapCnapLocalization();
app.MapCnapUi();
app.MapCnapNotifications();
app.MapCnapQueue();

await app.RunAsync();
return 0;

public partial class Program;
