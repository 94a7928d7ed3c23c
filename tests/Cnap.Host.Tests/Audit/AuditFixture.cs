using System.Security.Claims;
using Cnap.Host.Audit;
using Cnap.Host.Identity;
using Cnap.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Audit;

/// <summary>A host over a fresh database of the given kind, with helpers to write entries as staff of a centre.</summary>
public sealed class AuditHost : IAsyncDisposable
{
    private readonly TestDatabase database;

    private AuditHost(TestDatabase database, CnapHostFactory host) => (this.database, Host) = (database, host);

    public CnapHostFactory Host { get; }

    public TestDatabase Database => database;

    public static async Task<AuditHost> StartAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        var host = new CnapHostFactory(database);
        _ = host.Server;
        return new AuditHost(database, host);
    }

    public IAuditTrail Trail => Host.Services.GetRequiredService<IAuditTrail>();

    public AuditChainVerifier Verifier => Host.Services.GetRequiredService<AuditChainVerifier>();

    public static ClaimsPrincipal StaffOf(Guid centre, string name = "Ірина", string role = CnapRoles.Administrator) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "user-" + name),
            new Claim(CnapClaims.DisplayName, name),
            new Claim(ClaimTypes.Role, role),
            new Claim(CnapClaims.Centre, centre.ToString()),
        ], "test"));

    public async Task<List<AuditEntry>> WriteAsync(Guid centre, int count)
    {
        var written = new List<AuditEntry>();
        for (var i = 0; i < count; i++)
            written.Add(await Trail.RecordAsync(new AuditRecord("case.view", Guid.NewGuid(), centre, "case", $"r{i}"), StaffOf(centre), CancellationToken.None));
        return written;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await database.DisposeAsync();
    }
}
