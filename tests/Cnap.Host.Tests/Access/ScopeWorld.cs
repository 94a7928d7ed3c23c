using Cnap.Host.Cases.Access;
using System.Net;
using System.Net.Http.Json;
using Cnap.Domain.Cases;
using Cnap.Domain.Organisations;
using Cnap.Domain.Providers;
using Cnap.Domain.ProviderTasks;
using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Identity;
using Cnap.Host.Tests.Identity;
using Cnap.Testing;
using Cnap.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Access;

/// <summary>
/// The demo region with its cases, the access switch on, and people on both sides of one case: insiders (its
/// centre's administrator and head, the head of the provider holding its task, its applicant) and the three
/// outsiders every scoped route must answer 404: the head of another centre, the head of another provider and
/// another citizen. Each is called through an API key with every scope, so only the scope rules decide.
/// </summary>
public sealed class ScopeWorld : IAsyncLifetime
{
    private TestDatabase database = null!;

    public CnapHostFactory Host { get; private set; } = null!;

    public Guid CentreId { get; private set; }
    public Guid OtherCentreId { get; private set; }
    public Guid TaskProviderId { get; private set; }
    public Guid? CaseId { get; private set; }
    public Guid? TaskId { get; private set; }
    public Guid? DocumentId { get; private set; }
    public string? InstanceId { get; private set; }
    public string? BookmarkId { get; private set; }

    public TestAccounts.Account CentreAdministrator { get; private set; } = null!;
    public TestAccounts.Account CentreHead { get; private set; } = null!;
    public TestAccounts.Account TaskProviderHead { get; private set; } = null!;
    public TestAccounts.Account Applicant { get; private set; } = null!;
    public TestAccounts.Account OtherCentreHead { get; private set; } = null!;
    public TestAccounts.Account OtherProviderHead { get; private set; } = null!;
    public TestAccounts.Account OtherCitizen { get; private set; } = null!;
    public TestAccounts.Account Methodologist { get; private set; } = null!;

    public IEnumerable<(string Who, TestAccounts.Account Account)> Outsiders =>
        [("head of another centre", OtherCentreHead), ("head of another provider", OtherProviderHead), ("another citizen", OtherCitizen)];

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        Host = new CnapHostFactory(database);
        Host.Settings["Database:SeedDemoData"] = "true";
        Host.Settings["Access:RequireAuthenticatedApi"] = "true";
        Host.Settings["RateLimits:Submission:PermitLimit"] = "100000";
        _ = Host.Server;

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        var facts = await FindCaseAsync(db, scope.ServiceProvider.GetRequiredService<ICaseFacts>());
        var centres = await IdsAsync<ServiceCentre>(db, c => c.Id);
        CentreId = facts?.CentreId ?? centres.FirstOrDefault(Guid.NewGuid());
        OtherCentreId = centres.FirstOrDefault(c => c != CentreId, Guid.NewGuid());
        var providers = await IdsAsync<Provider>(db, p => p.Id);
        var taskProvider = facts?.Tasks.FirstOrDefault()?.ProviderId ?? providers.FirstOrDefault(Guid.NewGuid());
        var otherProvider = providers.FirstOrDefault(p => facts?.Tasks.All(t => t.ProviderId != p) ?? p != taskProvider, Guid.NewGuid());

        var accounts = new TestAccounts(Host);
        CentreAdministrator = await accounts.StaffAsync("w.admin", CnapRoles.Administrator, (MembershipKind.Centre, CentreId));
        CentreHead = await accounts.StaffAsync("w.head", CnapRoles.CentreHead, (MembershipKind.Centre, CentreId));
        TaskProviderId = taskProvider;
        TaskProviderHead = await accounts.StaffAsync("w.provider", CnapRoles.ProviderHead, (MembershipKind.Provider, taskProvider));
        Applicant = await accounts.CitizenAsync(facts?.ApplicantEmail ?? "w.applicant@example.com", facts?.ApplicantTaxNumber);
        OtherCentreHead = await accounts.StaffAsync("w.other-centre", CnapRoles.CentreHead, (MembershipKind.Centre, OtherCentreId));
        OtherProviderHead = await accounts.StaffAsync("w.other-provider", CnapRoles.ProviderHead, (MembershipKind.Provider, otherProvider));
        OtherCitizen = await accounts.CitizenAsync("w.stranger@example.com", "2000000001");
        Methodologist = await accounts.StaffAsync("w.methodologist", CnapRoles.Methodologist);
        await FindCardRunAsync(scope.ServiceProvider.GetRequiredService<WorkflowDbContext>());
    }

    private async Task<CaseFacts?> FindCaseAsync(CnapDbContext db, ICaseFacts facts)
    {
        if (db.Model.FindEntityType(typeof(Case)) is null || db.Model.FindEntityType(typeof(ProviderTask)) is null)
            return null;
        var task = await db.Set<ProviderTask>().AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.CaseId }).FirstOrDefaultAsync();
        var caseId = task?.CaseId ?? await db.Set<Case>().AsNoTracking().OrderBy(c => c.Id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
        if (caseId is null)
            return null;
        CaseId = caseId;
        TaskId = task?.Id;
        var documents = await db.Set<Case>().AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Documents).SingleAsync();
        DocumentId = documents.Select(d => (Guid?)d.Id).FirstOrDefault();
        return await facts.ForCaseAsync(caseId.Value, CancellationToken.None);
    }

    /// <summary>The case's card run, and an open bookmark of some case's run (resuming one would move that case).</summary>
    private async Task FindCardRunAsync(WorkflowDbContext workflows)
    {
        if (CaseId is not { } caseId)
            return;
        var correlation = caseId.ToString("D");
        InstanceId = await workflows.Instances.AsNoTracking().Where(i => i.CorrelationId == correlation).Select(i => i.Id).FirstOrDefaultAsync();
        BookmarkId = await workflows.Bookmarks.AsNoTracking()
            .Where(b => workflows.Instances.Any(i => i.Id == b.InstanceId && i.CorrelationId != null))
            .OrderBy(b => b.Id).Select(b => b.Id).FirstOrDefaultAsync();
    }

    private static async Task<List<Guid>> IdsAsync<T>(CnapDbContext db, System.Linq.Expressions.Expression<Func<T, Guid>> id) where T : class =>
        db.Model.FindEntityType(typeof(T)) is null ? [] : await db.Set<T>().AsNoTracking().Select(id).OrderBy(g => g).ToListAsync();

    public Guid RequireCase() => CaseId ?? throw new InvalidOperationException("The demo data holds no case: the proof cannot run.");

    public Guid RequireTask() => TaskId ?? throw new InvalidOperationException("The demo data holds no provider task: the proof cannot run.");

    public string RequireInstance() => InstanceId ?? throw new InvalidOperationException("The demo case has no card run: the proof cannot run.");

    public string RequireBookmark() => BookmarkId ?? throw new InvalidOperationException("No demo case waits on a bookmark: the proof cannot run.");

    public Guid RequireDocument() => DocumentId ?? throw new InvalidOperationException("The demo case has no document: the proof cannot run.");

    public async Task<HttpResponseMessage> SendAsync(TestAccounts.Account who, HttpMethod method, string url, object? json = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
            request.Content = JsonContent.Create(json);
        return await new TestAccounts(Host).ApiClient(who).SendAsync(request);
    }

    /// <summary>The three outsiders get 404, the same answer as for a resource that does not exist.</summary>
    public async Task AssertOutsidersGet404Async(HttpMethod method, string url, object? json = null)
    {
        foreach (var (who, account) in Outsiders)
        {
            var response = await SendAsync(account, method, url, json);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url} as the {who}: {(int)response.StatusCode} instead of 404");
        }
    }

    /// <summary>The insider's answer is not 404 (nor 401/403): the outsiders' 404 comes from the scope, not from a wrong URL.</summary>
    public async Task AssertReachableAsync(TestAccounts.Account insider, HttpMethod method, string url, object? json = null)
    {
        var response = await SendAsync(insider, method, url, json);
        Assert.True(response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
            $"{method} {url} as an insider: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await database.DisposeAsync();
    }
}
