using Cnap.Domain.Contacts;

namespace Cnap.Domain.Tests.Contacts;

public sealed class PostalAddressTests
{
    [Fact]
    public void An_address_prints_as_one_line() =>
        Assert.Equal("49000, Дніпропетровська обл., м. Дніпро, просп. Дмитра Яворницького, 75",
            new PostalAddress("49000", "м. Дніпро", "просп. Дмитра Яворницького, 75", "Дніпропетровська обл.").ToString());

    [Theory]
    [InlineData("4900")]
    [InlineData("49 00")]
    public void A_postal_code_is_five_digits(string code) =>
        Assert.Throws<DomainException>(() => new PostalAddress(code, "м. Дніпро", "вул. Центральна, 1"));
}
