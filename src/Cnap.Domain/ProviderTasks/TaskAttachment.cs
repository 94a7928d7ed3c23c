namespace Cnap.Domain.ProviderTasks;

public sealed record TaskAttachment
{
    public TaskAttachment(string title, string fileId)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(fileId))
            throw new DomainException("An attachment needs a title and a stored file.");
        Title = title.Trim();
        FileId = fileId;
    }

    public string Title { get; private init; }

    public string FileId { get; private init; }
}
