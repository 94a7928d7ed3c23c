namespace Cnap.Testing;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
