using Cnap.Domain.Notifications;

namespace Cnap.Domain.Tests.Notifications;

public sealed class TemplateModelTests
{
    [Fact]
    public void Dotted_paths_build_nested_objects()
    {
        var model = new TemplateModel().Set("Case.Number", "12/2026").Set("Case.TrackingCode", "4821-0937-5562").Set("Centre.Name", "ЦНАП");

        var @case = Assert.IsType<Dictionary<string, object?>>(model.Root["Case"]);
        Assert.Equal("12/2026", @case["Number"]);
        Assert.Equal("4821-0937-5562", model.Get("Case.TrackingCode"));
        Assert.Equal("ЦНАП", model.Get("Centre.Name"));
        Assert.Null(model.Get("Case.Missing.Deeper"));
    }

    [Fact]
    public void A_path_with_an_empty_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TemplateModel().Set("Case..Number", "1"));
    }

    [Fact]
    public void The_sample_model_has_every_documented_variable()
    {
        var sample = TemplateVariables.Sample();

        Assert.All(TemplateVariables.All, v => Assert.Equal(v.Sample, sample.Get(v.Path)));
    }
}
