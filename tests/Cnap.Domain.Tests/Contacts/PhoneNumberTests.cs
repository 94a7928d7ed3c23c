using Cnap.Domain.Contacts;

namespace Cnap.Domain.Tests.Contacts;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+380501234567")]
    [InlineData("380501234567")]
    [InlineData("0501234567")]
    [InlineData("050 123 45 67")]
    [InlineData("(050) 123-45-67")]
    [InlineData("+38 (050) 123-45-67")]
    [InlineData("501234567")]
    public void Ways_people_write_a_number_normalise_to_the_international_form(string input) =>
        Assert.Equal("+380501234567", PhoneNumber.Parse(input).Value);

    [Fact]
    public void A_landline_with_an_area_code_normalises_too() =>
        Assert.Equal("+380562123456", PhoneNumber.Parse("(056) 212-34-56").Value);

    [Theory]
    [InlineData("+48501234567")]
    [InlineData("050123456")]
    [InlineData("05012345678")]
    [InlineData("0001234567")]
    [InlineData("050-ABC-45-67")]
    [InlineData("380+501234567")]
    [InlineData("")]
    public void Numbers_that_are_not_Ukrainian_are_rejected(string input)
    {
        Assert.False(PhoneNumber.TryParse(input, out _));
        Assert.Throws<DomainException>(() => PhoneNumber.Parse(input));
    }

    [Fact]
    public void Equal_numbers_written_differently_are_the_same_value() =>
        Assert.Equal(PhoneNumber.Parse("0501234567"), PhoneNumber.Parse("+38 050 123 45 67"));
}
