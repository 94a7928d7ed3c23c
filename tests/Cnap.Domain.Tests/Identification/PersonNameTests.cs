using Cnap.Domain.Identification;

namespace Cnap.Domain.Tests.Identification;

public sealed class PersonNameTests
{
    [Fact]
    public void Initials_hide_the_given_names_for_lists()
    {
        Assert.Equal("Шевченко Т. Г.", new PersonName("Шевченко", "Тарас", "Григорович").Initials);
        Assert.Equal("Smith J.", new PersonName("Smith", "John").Initials);
    }

    [Fact]
    public void A_name_without_a_first_name_is_rejected() =>
        Assert.Throws<DomainException>(() => new PersonName("Шевченко", " "));
}
