using Cnap.Domain.Cases;
using Cnap.Domain.Journals;
using Cnap.Domain.Tests.Cases;

namespace Cnap.Domain.Tests.Journals;

public sealed class CaseJournalsTests
{
    private readonly CaseWorld world = new();

    [Fact]
    public void The_registration_journal_lists_a_centres_cases_of_the_period_in_number_order()
    {
        var monday = world.Register();
        world.Clock.Advance(TimeSpan.FromDays(1));
        var tuesday = world.Register();
        var elsewhere = new CaseWorld().Register();

        var entries = Run(JournalKind.Registration, [tuesday, elsewhere, monday], new JournalPeriod(new(2025, 3, 3), new(2025, 3, 4)));

        Assert.Equal([monday.JournalNumber.ToString(), tuesday.JournalNumber.ToString()], entries.Select(e => e.CaseNumber));
        Assert.All(entries, e => Assert.Equal("Шевченко Т. Г.", e.Applicant));
        Assert.Single(Run(JournalKind.Registration, [monday, tuesday], new JournalPeriod(new(2025, 3, 4), new(2025, 3, 4))));
    }

    [Fact]
    public void Results_received_and_issued_journals_follow_decisions_and_handovers()
    {
        var granted = world.CaseIn(CaseStatus.ReadyForIssue);
        var issued = world.CaseIn(CaseStatus.Issued);
        var pending = world.CaseIn(CaseStatus.InReview);
        var day = new JournalPeriod(new(2025, 3, 3), new(2025, 3, 3));

        var received = Run(JournalKind.ResultsReceived, [granted, issued, pending], day);
        var handedOver = Run(JournalKind.ResultsIssued, [granted, issued, pending], day);

        Assert.Equal([granted.Id, issued.Id], received.Select(e => e.CaseId));
        Assert.All(received, e => Assert.Equal(DecisionOutcome.Granted, e.Outcome));
        var entry = Assert.Single(handedOver);
        Assert.Equal(issued.Id, entry.CaseId);
        Assert.Equal("Шевченко Т. Г.", entry.ReceivedBy);
    }

    [Fact]
    public void A_journal_day_is_a_day_in_Kyiv()
    {
        // Summer time: the Kyiv day of 1 July 2025 runs from 30 June 21:00 UTC to 1 July 21:00 UTC.
        var period = new JournalPeriod(new(2025, 7, 1), new(2025, 7, 1));

        Assert.Equal(new DateTimeOffset(2025, 6, 30, 21, 0, 0, TimeSpan.Zero), period.From);
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 21, 0, 0, TimeSpan.Zero), period.Until);
        Assert.Throws<DomainException>(() => new JournalPeriod(new(2025, 7, 2), new(2025, 7, 1)));
    }

    private List<JournalEntry> Run(JournalKind kind, Case[] cases, JournalPeriod period) =>
        CaseJournals.Select(cases.AsQueryable(), kind, world.Centre.Id, period).AsEnumerable().Select(c => c.ToEntry(kind)).ToList();
}
