//go:build !wasm

package data

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The dataset must say no more than the article. Each test here pins one
// place where an earlier version did (an order, a date, a party, a
// completeness or a quotation the article does not give) and fails if the
// overstatement comes back.

func defaultDataset(t *testing.T) *Dataset {
	t.Helper()
	d, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func mustList(t *testing.T, d *Dataset, id string) *List {
	t.Helper()
	l, ok := d.List(id)
	if !ok {
		t.Fatalf("no list %q", id)
	}
	return l
}

func mustFigure(t *testing.T, d *Dataset, id string) *Figure {
	t.Helper()
	f, ok := d.Figure(id)
	if !ok {
		t.Fatalf("no figure %q", id)
	}
	return f
}

func mustEvent(t *testing.T, d *Dataset, id string) *Event {
	t.Helper()
	e, ok := d.Event(id)
	if !ok {
		t.Fatalf("no event %q", id)
	}
	return e
}

func mustEntity(t *testing.T, d *Dataset, id string) *Entity {
	t.Helper()
	e, ok := d.Entity(id)
	if !ok {
		t.Fatalf("no entity %q", id)
	}
	return e
}

// readerTexts is every English reader-facing text of the dataset with where
// it is, for checks that a phrase appears nowhere.
func readerTexts(d *Dataset) map[string]string {
	out := map[string]string{}
	add := func(path string, t Text) {
		if t != nil {
			out[path] = t["en"]
		}
	}
	for _, e := range d.Entities {
		add("entities["+e.ID+"].role", e.Role)
		add("entities["+e.ID+"].note", e.Note)
	}
	for _, f := range d.Figures {
		add("figures["+f.ID+"].label", f.Label)
		add("figures["+f.ID+"].note", f.Note)
	}
	for _, e := range d.Events {
		add("events["+e.ID+"].title", e.Title)
		add("events["+e.ID+"].summary", e.Summary)
	}
	for _, l := range d.Lists {
		add("lists["+l.ID+"].title", l.Title)
		for i, it := range l.Items {
			add("lists["+l.ID+"].items["+string(rune('0'+i))+"]", it.Text)
		}
	}
	for _, g := range d.Gaps {
		add("gaps["+g.ID+"].text", g.Text)
	}
	return out
}

func noPhrase(t *testing.T, d *Dataset, phrase, why string) {
	t.Helper()
	for path, s := range readerTexts(d) {
		if strings.Contains(strings.ToLower(s), strings.ToLower(phrase)) {
			t.Errorf("%s says %q: %s", path, phrase, why)
		}
	}
}

// 1. "trailing only Italy and Türkiye": Russia is third, the two ahead unordered.
func TestPartnersAheadOfRussiaUnordered(t *testing.T) {
	d := defaultDataset(t)
	l := mustList(t, d, "trade-partners")
	if !l.Ranked {
		t.Error("trade-partners states Russia's rank, so it must be marked ranked")
	}
	for _, it := range l.Items {
		switch it.Entity {
		case "italy", "turkiye":
			if it.Rank != 0 {
				t.Errorf("%s has rank %d; the article gives no order between Italy and Türkiye", it.Entity, it.Rank)
			}
		case "ru":
			if it.Rank != 3 {
				t.Errorf("Russia has rank %d; the article says third", it.Rank)
			}
		}
	}
	if strings.Contains(l.Title["en"], "and then") {
		t.Errorf("the title orders the two partners: %q", l.Title["en"])
	}
}

// 2. The extension of the NAM chairmanship is not dated by the article.
func TestNAMExtensionUndated(t *testing.T) {
	e := mustEvent(t, defaultDataset(t), "nam-chairmanship-extension")
	if !e.Undated {
		t.Error("nam-chairmanship-extension must be marked undated: the article dates neither the decision nor the extra year")
	}
}

// 3. The 2022 deliveries: only the signing date and the end are given.
func TestGasDeliveriesStartNoted(t *testing.T) {
	f := mustFigure(t, defaultDataset(t), "gas-deliveries-2022")
	n := f.Note["en"]
	if !strings.Contains(n, "signing") || !strings.Contains(n, "March 2023") || !strings.Contains(n, "not when deliveries began") {
		t.Errorf("gas-deliveries-2022 needs a note that the period starts at the signing for want of a start date; note is %q", n)
	}
}

// 4. "about 900,000 tons in 2019, 1.1 million tons in 2021, and 600,000 tons in 2022".
// The one "about" may govern all three: the cautious reading hedges 2021 and
// 2022 too, and the note says the article writes "about" once.
func TestOilHedgeReadingNoted(t *testing.T) {
	d := defaultDataset(t)
	for _, id := range []string{"oil-2021", "oil-2022"} {
		f := mustFigure(t, d, id)
		if f.Qualifier != "about" {
			t.Errorf("%s is %q; the article's \"about\" may cover it, so the cautious reading is \"about\"", id, f.Qualifier)
		}
		n := f.Note["en"]
		if !strings.Contains(n, `"about" written once`) || !strings.Contains(n, "cautious reading") {
			t.Errorf("%s must say the article writes \"about\" once and that we take the cautious reading; note is %q", id, n)
		}
		if strings.Contains(n, "stated exactly") || strings.Contains(n, "2019 alone") {
			t.Errorf("%s note still reads the hedge as 2019's alone: %q", id, n)
		}
	}
}

// 5. Over 1,400 less nearly 300 is over 1,100.
func TestJointVenturesHedgeOver(t *testing.T) {
	f := mustFigure(t, defaultDataset(t), "companies-joint-ventures")
	if f.Qualifier != "over" {
		t.Errorf("companies-joint-ventures is %q 1,100; over 1,400 less nearly 300 is over 1,100", f.Qualifier)
	}
}

// 6. "exceeded $8.7 billion", and the relation of the $295 million unknown.
func TestInvestmentGapKeepsHedgeAndDoubt(t *testing.T) {
	d := defaultDataset(t)
	for _, g := range d.Gaps {
		if g.ID != "investment-basis" {
			continue
		}
		s := g.Text["en"]
		if !strings.Contains(s, "more than $8.7 billion") {
			t.Errorf("investment-basis drops the article's \"exceeded\": %q", s)
		}
		if strings.Contains(s, "fits within") || !strings.Contains(s, "whether the $295 million") {
			t.Errorf("investment-basis assumes the $295 million is part of the total: %q", s)
		}
		return
	}
	t.Fatal("no gap investment-basis")
}

// 7. The core documents "include" these three; nothing says the base is complete.
func TestCoreDocumentsNotComplete(t *testing.T) {
	d := defaultDataset(t)
	if title := mustList(t, d, "founding-documents").Title["en"]; !strings.Contains(title, "include") {
		t.Errorf("founding-documents title must say the core documents include these three: %q", title)
	}
	noPhrase(t, d, "three founding documents", "the article says the core documents include these three")
	noPhrase(t, d, "completing", "the article says nothing of completion")
}

// 8. Azerbaijan "faced attempts"; the article does not say it resisted them.
func TestNeutralityFacedAttempts(t *testing.T) {
	d := defaultDataset(t)
	noPhrase(t, d, "resisted", "the article says Azerbaijan faced attempts")
	found := false
	for _, it := range mustList(t, d, "neutrality").Items {
		found = found || strings.HasPrefix(it.Text["en"], "Faced attempts")
	}
	if !found {
		t.Error("the neutrality list must say Azerbaijan faced attempts by Western actors")
	}
}

// 9. The article paraphrases Aliyev; nothing may read as his words.
func TestAliyevParaphrased(t *testing.T) {
	d := defaultDataset(t)
	noPhrase(t, d, "Aliyev's words", "the article paraphrases him (\"as articulated by\")")
	for _, it := range mustList(t, d, "neutrality").Items {
		if it.Entity == "president-aliyev" && !strings.Contains(it.Text["en"], "paraphrases") {
			t.Errorf("the Aliyev item must say it is a paraphrase: %q", it.Text["en"])
		}
	}
}

// 10. Azerbaijan "shifted to domestic gas production at the Shah Deniz field".
func TestShahDenizNoStartClaim(t *testing.T) {
	d := defaultDataset(t)
	noPhrase(t, d, "came on stream", "the article says when Azerbaijan shifted to Shah Deniz, not when the field started")
	if title := mustList(t, d, "gas-export-destinations").Title["en"]; !strings.Contains(title, "turning to its own production") {
		t.Errorf("gas-export-destinations title: %q", title)
	}
}

// 11. Of the three NAM initiatives the Women's Platform was only proposed.
func TestNAMInitiativesOneProposed(t *testing.T) {
	d := defaultDataset(t)
	title := mustList(t, d, "nam-initiatives").Title["en"]
	if strings.Contains(title, "launched") || !strings.Contains(title, "proposed") {
		t.Errorf("nam-initiatives title must not call all three launched: %q", title)
	}
}

// 12. The article names no company for the 2010–2015 supplies.
func TestGasExportsNoInferredParties(t *testing.T) {
	e := mustEvent(t, defaultDataset(t), "gas-exports-to-russia")
	for _, p := range e.Parties {
		if p == "socar" || p == "gazprom" {
			t.Errorf("gas-exports-to-russia names %s as a party; the article names no party for these supplies", p)
		}
	}
}

// The "eleven years" between the 1997 treaty and the 2008 declaration is our
// count: a derived figure, and the summary says so.
func TestElevenYearsDerived(t *testing.T) {
	d := defaultDataset(t)
	e := mustEvent(t, d, "declaration-strategic-partnership-2008")
	if s := e.Summary["en"]; strings.Contains(s, "eleven years") && !strings.Contains(s, "derived") {
		t.Errorf("the 2008 summary gives eleven years as if stated: %q", s)
	}
	found := false
	for _, id := range e.Figures {
		f := mustFigure(t, d, id)
		if f.Derived != nil && f.Derived.Formula == "years-between" && f.Value != nil && *f.Value == 11 {
			found = true
		}
	}
	if !found {
		t.Error("the 2008 declaration must link the derived figure of eleven years (years-between the two signings)")
	}
}

// On Sources: only the trade ranking is attributed in the article.
func TestAttributionNoted(t *testing.T) {
	a := defaultDataset(t).Source.Attribution["en"]
	if !strings.Contains(a, "State Customs Committee") || !strings.Contains(a, "no source of their own") {
		t.Errorf("source.attribution must say only the ranking is attributed: %q", a)
	}
}

// The article's assessments are there, and on every topical section.
func TestAssessmentsCoverTheSections(t *testing.T) {
	d := defaultDataset(t)
	per := map[string]int{}
	for _, a := range d.Assessments {
		per[a.Section]++
	}
	for _, s := range []string{"legal", "trade", "energy", "diplomacy"} {
		if per[s] == 0 {
			t.Errorf("no assessment of the article's %s section", s)
		}
	}
	want := []string{"crucial strategic partner", "equality and good neighbourliness", "equally robust",
		"growing and diverse", "modest", "flexible and pragmatic", "neutral ground", "de-escalation"}
	for _, w := range want {
		found := false
		for _, a := range d.Assessments {
			found = found || strings.Contains(a.Quote["en"], w)
		}
		if !found {
			t.Errorf("no assessment quotes %q", w)
		}
	}
}

// "a new gas purchase and sale agreement was established, resulting in
// Gazprom delivering up to 1 billion cubic meters of gas to Azerbaijan": the
// article names no party to the 2022 agreement, only Gazprom as supplier.
func TestGasAgreement2022NoParties(t *testing.T) {
	d := defaultDataset(t)
	if e := mustEvent(t, d, "gas-agreement-2022"); len(e.Parties) != 0 {
		t.Errorf("gas-agreement-2022 names parties %v; the article names none", e.Parties)
	}
	if f := mustFigure(t, d, "gas-deliveries-2022"); len(f.Entities) != 1 || f.Entities[0] != "gazprom" {
		t.Errorf("gas-deliveries-2022 must keep Gazprom, the supplier the article names: %v", f.Entities)
	}
}

// "its chairmanship from 2019 to 2022, which began with the Baku Summit in
// October 2019": the chairmanship starts in October 2019, not with the year.
func TestNAMChairmanshipStartsOctober2019(t *testing.T) {
	e := mustEvent(t, defaultDataset(t), "nam-chairmanship")
	if e.Date != "2019-10" || e.Precision != "month" {
		t.Errorf("nam-chairmanship starts %s (%s); the article says it began with the Baku Summit in October 2019", e.Date, e.Precision)
	}
	if e.End != "2022" || e.EndPrecision != "year" {
		t.Errorf("nam-chairmanship ends %s (%s); the article gives the end as 2022", e.End, e.EndPrecision)
	}
}

// The article introduces these lists with "including", "such as" or
// "included": it names some members, not all. Their titles say the article
// says they include these, in every language, as founding-documents does,
// and the assessment about the NAM initiatives does not call them the set.
func TestIncludedListsNotComplete(t *testing.T) {
	d := defaultDataset(t)
	marker := map[string]string{"en": "include", "ru": "относ", "az": "sırasında"}
	for _, id := range []string{"goods-ru-az", "russian-companies", "balance-powers", "nam-initiatives", "founding-documents"} {
		title := mustList(t, d, id).Title
		for _, lang := range d.Languages() {
			if !strings.Contains(title[lang], marker[lang]) {
				t.Errorf("lists[%s].title[%s] %q must say the article names only some (%q): it introduces the list with \"including\"/\"such as\"/\"included\"",
					id, lang, title[lang], marker[lang])
			}
		}
	}
	for _, a := range d.Assessments {
		if a.ID != "diplomacy-nam-standing" {
			continue
		}
		for _, lang := range d.Languages() {
			if !strings.Contains(a.About[lang], marker[lang]) {
				t.Errorf("assessments[diplomacy-nam-standing].about[%s] %q presents the initiatives as the complete set; the article says they \"included\" these",
					lang, a.About[lang])
			}
		}
		return
	}
	t.Fatal("no assessment diplomacy-nam-standing")
}

// "its chairmanship from 2019 to 2022 … The chairmanship was extended for an
// additional year": a past term with a stated span, not an open-ended one.
func TestNAMRoleChairmanshipPast(t *testing.T) {
	role := mustEntity(t, defaultDataset(t), "nam").Role
	for lang, want := range map[string][]string{
		"en": {"chaired", "2019 to 2022", "extended by a year"},
		"ru": {"председательствовал", "2019–2022", "продлили на год"},
		"az": {"sədrlik edib", "2019–2022", "bir il uzadılıb"},
	} {
		for _, w := range want {
			if !strings.Contains(role[lang], w) {
				t.Errorf("entities[nam].role[%s] %q lacks %q: the chairmanship ran 2019–2022 and was extended by a year", lang, role[lang], w)
			}
		}
	}
	for lang, open := range map[string]string{"en": "from 2019", "ru": "с 2019", "az": "2019-cu ildən"} {
		if s := role[lang]; strings.Contains(s, open) && !strings.Contains(s, "2022") {
			t.Errorf("entities[nam].role[%s] %q leaves the chairmanship open-ended", lang, s)
		}
	}
	for lang, now := range map[string]string{"en": "its chair", "ru": "его председатель", "az": "sədridir"} {
		if strings.Contains(role[lang], now) {
			t.Errorf("entities[nam].role[%s] %q says Azerbaijan chairs NAM now", lang, role[lang])
		}
	}
}

// "On June 29, 2009, Gazprom and SOCAR signed an agreement outlining the main
// terms …, followed by a formal purchase and sale contract on October 14,
// 2009": the article names the parties of the June agreement only, so the
// October contract has none, and Gazprom is party to that one agreement.
func TestGasContract2009NoParties(t *testing.T) {
	d := defaultDataset(t)
	var contract *Event
	for i, e := range d.Events {
		if e.Date == "2009-10-14" {
			contract = &d.Events[i]
		}
	}
	if contract == nil {
		t.Fatal("no event dated 14 October 2009")
	}
	if len(contract.Parties) != 0 {
		t.Errorf("events[%s] names parties %v; the article names none for the contract", contract.ID, contract.Parties)
	}
	// The ids (gazprom-socar-contract-2009, gazprom-socar-sale-contract)
	// stay as they were: they are in links readers have shared and in
	// exported CSVs, and an id is not shown as a claim.
	companies := []string{"Gazprom", "SOCAR", "Газпром", "Qazprom", "two companies", "Две компании", "İki şirkət"}
	for _, e := range d.Entities {
		if e.Kind != "document" || !strings.Contains(e.Role["en"], "14 October 2009") {
			continue
		}
		for _, lang := range d.Languages() {
			for _, c := range companies {
				if strings.Contains(e.Name[lang], c) {
					t.Errorf("entities[%s].name[%s] %q names %s as a party to the contract", e.ID, lang, e.Name[lang], c)
				}
			}
		}
	}
	for _, lang := range d.Languages() {
		for _, c := range companies {
			if strings.Contains(contract.Title[lang], c) || strings.Contains(contract.Summary[lang], c) {
				t.Errorf("events[%s] (%s) names %s as a party to the contract", contract.ID, lang, c)
			}
		}
	}
	noPhrase(t, d, "2009 gas deals", "Gazprom is named as party only to the 29 June 2009 agreement")
	noPhrase(t, d, "gas sale agreements with SOCAR", "Gazprom is named as party only to the 29 June 2009 agreement")
	noPhrase(t, d, "Gazprom–SOCAR gas", "the article names no parties to the October 2009 contract")
	for lang, plural := range map[string]string{"ru": "соглашений", "az": "sazişlərin"} {
		if s := mustEntity(t, d, "gazprom").Role[lang]; strings.Contains(s, plural) {
			t.Errorf("entities[gazprom].role[%s] %q makes Gazprom party to more than the 29 June 2009 agreement", lang, s)
		}
	}
}

// words splits text into lower-case words for comparing runs of wording:
// punctuation and typographic quotes do not count.
func words(s string) []string {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(strings.ToLower(s))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// sharedRuns are the runs of at least min consecutive words of s that the
// article has too, each as long as it goes.
func sharedRuns(article map[string]bool, s string, min, max int) []string {
	w := words(s)
	var runs []string
	for i := 0; i < len(w); i++ {
		for n := max; n >= min; n-- {
			if i+n <= len(w) && article[strings.Join(w[i:i+n], " ")] {
				runs = append(runs, strings.Join(w[i:i+n], " "))
				i += n - 1
				break
			}
		}
	}
	return runs
}

// articleRuns is every run of 1 to max consecutive words of the article.
func articleRuns(t *testing.T, max int) map[string]bool {
	t.Helper()
	w := words(readArticle(t))
	runs := map[string]bool{}
	for i := range w {
		for n := 1; n <= max && i+n <= len(w); n++ {
			runs[strings.Join(w[i:i+n], " ")] = true
		}
	}
	return runs
}

// The words are ours: no reader text outside the marked quotes shares eight
// or more consecutive words with the article, official names apart (the gas
// exports' summary once did).
func TestNoLongRunsOfTheArticle(t *testing.T) {
	d := defaultDataset(t)
	const limit = 8
	article := articleRuns(t, 40)
	texts := readerTexts(d)
	for _, a := range d.Assessments {
		texts["assessments["+a.ID+"].about"] = a.About["en"]
	}
	// An official name (the Samur River agreement's) is the article's by
	// necessity: a run inside a document's name is allowed.
	var names []string
	for _, e := range d.Entities {
		if e.Kind == "document" {
			names = append(names, " "+strings.Join(words(e.Name["en"]), " ")+" ")
		}
	}
	official := func(run string) bool {
		for _, n := range names {
			if strings.Contains(n, " "+run+" ") {
				return true
			}
		}
		return false
	}
	for path, s := range texts {
		for _, run := range sharedRuns(article, s, limit, 40) {
			if !official(run) {
				t.Errorf("%s shares %d consecutive words with the article (%q); say it in our words or quote it, marked as the article's",
					path, len(strings.Fields(run)), run)
			}
		}
	}
}

// The article's assessments are quoted as short evaluative phrases, not as
// whole sentences or long runs of its text.
func TestAssessmentQuotesShort(t *testing.T) {
	d := defaultDataset(t)
	trimmed := map[string]bool{"legal-comprehensive-foundation": true, "trade-growth-depth": true,
		"diplomacy-nam-standing": true, "diplomacy-neutral-ground": true, "trade-strong-partnership": true}
	var sentences []string
	for _, s := range strings.Split(normalise(readArticle(t)), ". ") {
		sentences = append(sentences, strings.Join(words(s), " "))
	}
	for _, a := range d.Assessments {
		q := words(a.Quote["en"])
		if trimmed[a.ID] && len(q) > 8 {
			t.Errorf("assessments[%s].quote has %d words; keep the evaluative phrase: %q", a.ID, len(q), a.Quote["en"])
		}
		if len(q) > 13 {
			t.Errorf("assessments[%s].quote has %d words, a long run of the article: %q", a.ID, len(q), a.Quote["en"])
		}
		joined := strings.Join(q, " ")
		for _, s := range sentences {
			if s == joined {
				t.Errorf("assessments[%s].quote is a whole sentence of the article: %q", a.ID, a.Quote["en"])
			}
		}
	}
}

// "reflecting the positive impact of Azerbaijan's leadership on the
// organization" is the article's judgement: the extension's summary says it
// in our words as the article's view, or quotes it marked as such.
func TestNAMExtensionViewOurWords(t *testing.T) {
	s := mustEvent(t, defaultDataset(t), "nam-chairmanship-extension").Summary
	if strings.Contains(s["en"], "positive impact") && !strings.Contains(s["en"], "“reflecting the positive impact") {
		t.Errorf("nam-chairmanship-extension.summary uses the article's words unmarked: %q", s["en"])
	}
	for lang, view := range map[string]string{"en": "sees in this", "ru": "видит в этом", "az": "sayır"} {
		if !strings.Contains(s[lang], view) {
			t.Errorf("nam-chairmanship-extension.summary[%s] must give the judgement as the article's view (%q): %q", lang, view, s[lang])
		}
	}
}

// "trade turnover … saw a modest increase of 0.15%": the article names no
// base; that it is over the first half of 2023 is our reading, said where the
// growth is given and where the 2023 half-year is worked back from it.
func TestHalfYearGrowthBaseOurReading(t *testing.T) {
	d := defaultDataset(t)
	growth := mustFigure(t, d, "trade-2024h1-growth").Note
	derived := mustFigure(t, d, "trade-2023h1")
	if derived.Derived == nil {
		t.Fatal("trade-2023h1 is no longer derived")
	}
	for lang, want := range map[string]string{"en": "our reading", "ru": "наше прочтение", "az": "bizim yozumumuzdur"} {
		if !strings.Contains(growth[lang], want) {
			t.Errorf("trade-2024h1-growth.note[%s] must say the year-on-year base is our reading (%q): %q", lang, want, growth[lang])
		}
		if !strings.Contains(derived.Derived.Note[lang], want) {
			t.Errorf("trade-2023h1.derived.note[%s] must say the base of the 0.15%% is our reading (%q): %q", lang, want, derived.Derived.Note[lang])
		}
	}
}

// "Baku served as the venue for a meeting between … Gerasimov and U.S.
// General Joseph Danford", "Baku hosted a meeting between Gerasimov and …
// Pavel", "Baku again hosted Gerasimov, this time for discussions with …
// Scaparotti": Azerbaijan is the host, not a party, and Dunford is a "U.S.
// General", no more.
func TestBakuMeetingsHostNotParty(t *testing.T) {
	d := defaultDataset(t)
	for _, id := range []string{"gerasimov-dunford-2017", "gerasimov-pavel-2017", "gerasimov-scaparrotti-2018"} {
		for _, p := range mustEvent(t, d, id).Parties {
			if p == "az" || p == "baku" {
				t.Errorf("events[%s] names %s as a party; the article says Baku hosted the meeting", id, p)
			}
		}
	}
	s := mustEvent(t, d, "gerasimov-dunford-2017").Summary
	for lang, senior := range map[string]string{"en": "senior", "ru": "высокопоставлен", "az": "yüksək rütbəli"} {
		if strings.Contains(s[lang], senior) {
			t.Errorf("gerasimov-dunford-2017.summary[%s] calls Dunford %q; the article says only \"U.S. General\": %q", lang, senior, s[lang])
		}
	}
}

// A venue or an operator is not a party: the NAM summit was held in Baku
// ("began with the Baku Summit"), and Transneft manages the pipeline's
// Russian segment, which the article does not make it a party to
// Azerbaijan's use of the pipeline.
func TestVenueAndOperatorNotParties(t *testing.T) {
	d := defaultDataset(t)
	for id, notParty := range map[string]string{"nam-baku-summit-2019": "baku", "pipeline-use-since-1997": "transneft"} {
		if slices.Contains(mustEvent(t, d, id).Parties, notParty) {
			t.Errorf("events[%s] names %s as a party", id, notParty)
		}
	}
}

// Our Azerbaijani translations keep the strength of the article's words:
// "crucial" is more than "mühüm" (important), and "modest" is "təvazökar",
// not "cüzi" (negligible).
func TestAzTranslationsKeepStrength(t *testing.T) {
	d := defaultDataset(t)
	tr := map[string]string{}
	for _, a := range d.Assessments {
		tr[a.ID] = a.Translation["az"]
	}
	if s := tr["legal-strategic-partner"]; !strings.Contains(s, "çox mühüm") && !strings.Contains(s, "həlledici") {
		t.Errorf("legal-strategic-partner az %q weakens \"crucial\"; say \"çox mühüm\" or \"həlledici\"", s)
	}
	if s := tr["trade-modest-2024"]; strings.Contains(s, "cüzi") || !strings.Contains(s, "təvazökar") {
		t.Errorf("trade-modest-2024 az %q: \"modest\" is \"təvazökar\", not \"cüzi\"", s)
	}
}

// The 2022 agreement is an event of its day: the article dates the
// agreement (15 November 2022) and says Gazprom delivered gas "until March
// 2023", not when deliveries began, so no stretch from the signing to March
// is drawn as supply.
func TestGasAgreement2022NoDeliveryStretch(t *testing.T) {
	if e := mustEvent(t, defaultDataset(t), "gas-agreement-2022"); e.End != "" {
		t.Errorf("gas-agreement-2022 ends %q: a stretch from the signing implies deliveries began then", e.End)
	}
}

// The counts, the rank, the reserves and the extension have no date in the
// article ("over 170 treaties", "the third-largest trade partner", "over
// 1,400 companies", "reserves estimated at 1.3 trillion cubic meters",
// "extended for an additional year"): their period, the publication day,
// only stands in, and the views must say so rather than date them.
func TestUndatedFiguresMarked(t *testing.T) {
	d := defaultDataset(t)
	for _, id := range []string{"treaties-total", "treaties-economic", "partner-rank-russia", "companies-russian-capital",
		"companies-fully-russian", "companies-joint-ventures", "shah-deniz-reserves", "nam-chairmanship-extension-years"} {
		if !mustFigure(t, d, id).Undated {
			t.Errorf("figures[%s] is not marked undated; the article gives it no date", id)
		}
	}
}
