using Cnap.Domain.Cases;

namespace Cnap.Domain.Tests.Cases;

public sealed class JournalNumberTests
{
    [Fact]
    public void A_journal_number_prints_centre_year_and_padded_sequence() =>
        Assert.Equal("DNP01-2025-000042", new JournalNumber("DNP01", 2025, 42).ToString());

    [Theory]
    [InlineData(2025, 0)]
    [InlineData(1999, 1)]
    public void A_sequence_starts_at_one_in_a_real_year(int year, int sequence) =>
        Assert.Throws<DomainException>(() => new JournalNumber("DNP01", year, sequence));
}
