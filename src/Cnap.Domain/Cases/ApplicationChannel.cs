namespace Cnap.Domain.Cases;

public enum ApplicationChannel
{
    Counter,
    Online,
    Post,
}
