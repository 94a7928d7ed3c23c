using Cnap.Domain.Contacts;

namespace Cnap.Domain.Tests.Contacts;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("cnap@dniprorada.gov.ua")]
    [InlineData(" olena.k@ukr.net ")]
    public void Ordinary_addresses_are_accepted(string input) => Assert.Equal(input.Trim(), EmailAddress.Parse(input).Value);

    [Theory]
    [InlineData("cnap")]
    [InlineData("cnap@localhost")]
    [InlineData("Олена <olena@ukr.net>")]
    [InlineData("a b@ukr.net")]
    public void Malformed_addresses_are_rejected(string input) => Assert.Throws<DomainException>(() => EmailAddress.Parse(input));
}
