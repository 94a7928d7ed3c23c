namespace Cnap.Host.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
