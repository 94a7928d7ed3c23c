using Cnap.Domain.Identification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cnap.Domain.Tests.Identification;

public sealed class TaxNumberTests
{
    [Theory]
    [InlineData("1759013776", "1948-02-28")]
    [InlineData("3184710691", "1987-03-12")]
    [InlineData("31847 10691", "1987-03-12")]
    public void Published_examples_are_valid_and_carry_the_birth_date(string input, string birthDate)
    {
        var number = TaxNumber.Parse(input);

        Assert.Equal(input.Replace(" ", ""), number.Value);
        Assert.Equal(DateOnly.Parse(birthDate), number.BirthDate);
    }

    [Theory]
    [InlineData("1759013770")]
    [InlineData("3184710692")]
    [InlineData("318471069")]
    [InlineData("31847106911")]
    [InlineData("31847106a1")]
    [InlineData("")]
    [InlineData(null)]
    public void A_wrong_control_digit_or_shape_is_rejected(string? input)
    {
        Assert.False(TaxNumber.TryParse(input, out _));
        var error = Assert.Throws<DomainException>(() => TaxNumber.Parse(input));
        Assert.Contains("РНОКПП", error.Message);
    }

    [Property]
    public Property Exactly_one_last_digit_completes_any_nine_digits() =>
        Prop.ForAll(Gen.Choose(0, 999_999_999).ToArbitrary(), prefix =>
        {
            var nine = prefix.ToString("D9");
            var valid = Enumerable.Range(0, 10).Count(d => TaxNumber.TryParse(nine + d, out _));
            return valid == 1;
        });
}
