using Cnap.Host.Audit;
using Cnap.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cnap.Host.Tests.Audit;

public sealed class AuditChainTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Each_centre_has_its_own_chain_numbered_from_one_and_linked_by_hashes(DatabaseKind kind)
    {
        await using var audit = await AuditHost.StartAsync(kind);
        Guid kyiv = Guid.NewGuid(), lviv = Guid.NewGuid();

        var first = await audit.WriteAsync(kyiv, 3);
        var second = await audit.WriteAsync(lviv, 2);

        Assert.Equal([1L, 2L, 3L], first.Select(e => e.Sequence));
        Assert.Equal([1L, 2L], second.Select(e => e.Sequence));
        Assert.Equal(AuditChain.Genesis, first[0].PreviousHash);
        Assert.Equal(first[0].Hash, first[1].PreviousHash);
        Assert.All(first.Concat(second), e => Assert.Equal(TimeSpan.Zero, e.At.Offset));
        var verification = await audit.Verifier.VerifyAsync(CancellationToken.None);
        Assert.True(verification.IsIntact);
        Assert.Equal(2, verification.Chains);
        Assert.Equal(5, verification.Entries);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Tampering_with_one_row_makes_the_verifier_report_that_entry_first(DatabaseKind kind)
    {
        await using var audit = await AuditHost.StartAsync(kind);
        var centre = Guid.NewGuid();
        var entries = await audit.WriteAsync(centre, 5);
        await audit.WriteAsync(Guid.NewGuid(), 2);

        await AsDatabaseOwnerAsync(audit.Database, kind, $"UPDATE audit_entries SET \"UserName\" = 'Хтось інший' WHERE \"Id\" = {entries[2].Id}");
        var verification = await audit.Verifier.VerifyAsync(CancellationToken.None);

        Assert.False(verification.IsIntact);
        Assert.Equal(new BrokenAuditEntry(centre.ToString(), 3, entries[2].Id, "its content does not match its hash"), verification.FirstBroken);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Removing_a_row_shows_as_a_gap_in_the_chain(DatabaseKind kind)
    {
        await using var audit = await AuditHost.StartAsync(kind);
        var centre = Guid.NewGuid();
        var entries = await audit.WriteAsync(centre, 4);

        await AsDatabaseOwnerAsync(audit.Database, kind, $"DELETE FROM audit_entries WHERE \"Id\" = {entries[1].Id}");
        var verification = await audit.Verifier.VerifyAsync(CancellationToken.None);

        Assert.Equal(3, verification.FirstBroken?.Sequence);
        Assert.Equal("entries 2..2 are missing", verification.FirstBroken?.Problem);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Rewriting_a_row_and_its_hash_still_breaks_the_link_of_the_next_entry(DatabaseKind kind)
    {
        await using var audit = await AuditHost.StartAsync(kind);
        var centre = Guid.NewGuid();
        var entries = await audit.WriteAsync(centre, 3);
        var forged = entries[0];
        forged.Action = "nothing.happened";
        var forgedHash = AuditChain.HashOf(forged, forged.PreviousHash);

        await AsDatabaseOwnerAsync(audit.Database, kind,
            $"UPDATE audit_entries SET \"Action\" = 'nothing.happened', \"Hash\" = '{forgedHash}' WHERE \"Id\" = {forged.Id}");
        var verification = await audit.Verifier.VerifyAsync(CancellationToken.None);

        Assert.Equal(2, verification.FirstBroken?.Sequence);
        Assert.Equal("its link to the previous entry does not match", verification.FirstBroken?.Problem);
    }

    [Fact]
    public async Task Concurrent_writers_on_PostgreSQL_never_fork_a_chain()
    {
        await using var audit = await AuditHost.StartAsync(DatabaseKind.Postgres);
        var centre = Guid.NewGuid();

        var written = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            audit.Trail.RecordAsync(new AuditRecord("case.view", null, centre, "case", $"{i}"), AuditHost.StaffOf(centre), CancellationToken.None)));

        Assert.Equal(Enumerable.Range(1, 24).Select(i => (long)i), written.Select(e => e.Sequence).Order());
        Assert.True((await audit.Verifier.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    /// <summary>What someone with the table owner's DDL rights could do: switch the guard off, change, switch it back.</summary>
    private static async Task AsDatabaseOwnerAsync(TestDatabase database, DatabaseKind kind, string sql)
    {
        if (kind == DatabaseKind.Postgres)
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only; {sql}; ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only;", connection);
            Assert.True(await command.ExecuteNonQueryAsync() >= 1, "the tampering statement changed no row");
            return;
        }
        await using var sqlite = new SqliteConnection(database.ConnectionString);
        await sqlite.OpenAsync();
        await using var tamper = sqlite.CreateCommand();
        tamper.CommandText = $"DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete; {sql};";
        await tamper.ExecuteNonQueryAsync();
    }
}
