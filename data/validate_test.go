package data

import (
	"math"
	"strings"
	"testing"
)

// TestValidateRules breaks the valid fixture in one place per rule and
// checks that the problem is reported at the exact path with the expected
// reason. Unless more is set, it must be the only problem: a rule that fires
// on its neighbours' records would bury the real one.
func TestValidateRules(t *testing.T) {
	cases := []struct {
		name    string
		breakIt func(t *testing.T, d *Dataset)
		path    string
		reason  string
		more    bool
	}{
		// format and source
		{"format missing", func(t *testing.T, d *Dataset) { d.Format = 0 }, "format", "missing format; want 1", false},
		{"format newer", func(t *testing.T, d *Dataset) { d.Format = 2 }, "format", "format 2 is not supported", false},
		{"publisher missing", func(t *testing.T, d *Dataset) { d.Source.Publisher = " " }, "source.publisher", "missing publisher", false},
		{"url missing", func(t *testing.T, d *Dataset) { d.Source.URL = "" }, "source.url", "missing url", false},
		{"url http", func(t *testing.T, d *Dataset) { d.Source.URL = "http://caliber.az/x" }, "source.url", "not an https URL", false},
		{"url relative", func(t *testing.T, d *Dataset) { d.Source.URL = "/en/post/1" }, "source.url", "not an https URL", false},
		{"url without host", func(t *testing.T, d *Dataset) { d.Source.URL = "https:///en/post/1" }, "source.url", "not an absolute URL", false},
		{"url opaque", func(t *testing.T, d *Dataset) { d.Source.URL = "https:caliber.az" }, "source.url", "not an absolute URL", false},
		{"url unparsable", func(t *testing.T, d *Dataset) { d.Source.URL = "https://cali ber.az/" }, "source.url", "is not a URL", false},
		{"url markup", func(t *testing.T, d *Dataset) { d.Source.URL = `https://caliber.az/"><script>alert(1)</script>?a='` }, "source.url", "characters a URL does not", false},
		{"value past every figure", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2023").Value = ptr(1.7976931348623157e308) }, "figures[id=trade-2023].value", "past the largest figure", true},
		{"title missing", func(t *testing.T, d *Dataset) { d.Source.Title = nil }, "source.title", "missing text", false},
		{"published missing", func(t *testing.T, d *Dataset) { d.Source.Published = "" }, "source.published", "missing publication time", true},
		{"published with space", func(t *testing.T, d *Dataset) { d.Source.Published = "2024-08-17 14:38" }, "source.published", "is not YYYY-MM-DD or YYYY-MM-DDTHH:MM", true},
		{"published hour 24", func(t *testing.T, d *Dataset) { d.Source.Published = "2024-08-17T24:00" }, "source.published", "is not YYYY-MM-DD", true},
		{"published impossible", func(t *testing.T, d *Dataset) { d.Source.Published = "2023-02-29" }, "source.published", "February 2023 has 28 days", true},
		{"terms missing", func(t *testing.T, d *Dataset) { d.Source.Terms = nil }, "source.terms", "missing text", false},
		{"no sections", func(t *testing.T, d *Dataset) { d.Source.Sections = nil }, "source.sections", "at least one section", true},
		{"section id duplicate", func(t *testing.T, d *Dataset) { d.Source.Sections[1].ID = "intro" }, "source.sections[1].id", `duplicate id "intro"; first used at source.sections[0]`, true},
		{"section id missing", func(t *testing.T, d *Dataset) { d.Source.Sections[1].ID = "" }, "source.sections[1].id", "missing id", true},
		{"section title missing", func(t *testing.T, d *Dataset) { d.Source.Sections[1].Title = nil }, "source.sections[id=trade].title", "missing text", false},

		// texts
		{"text without en", func(t *testing.T, d *Dataset) { d.Countries[0].Name = Text{"ru": "Россия"} }, "countries[id=ru].name", `missing English text ("en")`, true},
		{"text blank en", func(t *testing.T, d *Dataset) { d.Categories[0].Label = Text{"en": "  "} }, "categories[id=diplomacy].label", `missing English text`, false},
		{"optional text present but empty", func(t *testing.T, d *Dataset) { d.Entities[0].Role = Text{} }, "entities[id=vladimir-putin].role", `missing English text`, false},
		{"text language key", func(t *testing.T, d *Dataset) { d.Entities[0].Name["EN"] = "Putin" }, "entities[id=vladimir-putin].name.EN", "unknown language key", false},
		{"text language key quoted", func(t *testing.T, d *Dataset) { d.Entities[0].Name["r u"] = "x" }, `entities[id=vladimir-putin].name["r u"]`, "unknown language key", false},
		{"label missing", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2023").Label = nil }, "figures[id=trade-2023].label", "missing text", false},
		{"summary missing", func(t *testing.T, d *Dataset) { d.Events[0].Summary = nil }, "events[id=diplomatic-ties].summary", "missing text", false},
		{"list item text missing", func(t *testing.T, d *Dataset) { d.Lists[1].Items[0].Text = nil }, "lists[id=exports-to-russia].items[0].text", "missing text", false},
		{"gap text missing", func(t *testing.T, d *Dataset) { d.Gaps[0].Text = nil }, "gaps[id=trade-2024-total].text", "missing text", false},
		{"point note empty", func(t *testing.T, d *Dataset) { d.Series[0].Points[0].Note = Text{"en": ""} }, "series[id=trade-annual].points[0].note", "missing English text", false},
		{"derived note empty", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2022").Derived.Note = Text{} }, "figures[id=trade-2022].derived.note", "missing English text", false},

		// ids
		{"id not a slug", func(t *testing.T, d *Dataset) { d.Lists[1].ID = "Exports to Russia" }, "lists[1].id", `id "Exports to Russia" is not a slug`, false},
		{"id double hyphen", func(t *testing.T, d *Dataset) { d.Lists[1].ID = "exports--russia" }, "lists[1].id", "not a slug", false},
		{"id missing", func(t *testing.T, d *Dataset) { d.Gaps[0].ID = "" }, "gaps[0].id", "missing id", false},
		{"country id not alpha-2", func(t *testing.T, d *Dataset) { d.Countries[1].ID = "aze" }, "countries[id=aze].id", "ISO 3166-1 alpha-2", true},
		{"entity id is a country id", func(t *testing.T, d *Dataset) {
			d.Entities = append(d.Entities, Entity{ID: "az", Kind: "country", Name: Text{"en": "Azerbaijan"}, Section: "intro"})
		}, "entities[id=az].id", "also a country id", false},
		{"duplicate country", dup("countries"), "countries[2].id", `duplicate id "ru"`, true},
		{"duplicate entity", dup("entities"), "entities[4].id", `duplicate id "vladimir-putin"; first used at entities[0]`, false},
		{"duplicate figure", dup("figures"), "figures[9].id", `duplicate id "trade-2023"`, false},
		{"duplicate series", dup("series"), "series[1].id", `duplicate id "trade-annual"`, false},
		{"duplicate event", dup("events"), "events[2].id", `duplicate id "diplomatic-ties"`, false},
		{"duplicate list", dup("lists"), "lists[2].id", `duplicate id "trade-partners"`, false},
		{"duplicate gap", dup("gaps"), "gaps[1].id", `duplicate id "trade-2024-total"`, false},
		{"duplicate category", dup("categories"), "categories[2].id", `duplicate id "diplomacy"`, false},

		// references to sections, countries and vocabularies
		{"section missing", func(t *testing.T, d *Dataset) { d.Entities[2].Section = "" }, "entities[id=lukoil].section", "missing section; allowed: intro, trade", false},
		{"section unknown", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2023").Section = "energy" }, "figures[id=trade-2023].section", `unknown section "energy"; allowed: intro, trade`, false},
		{"series section unknown", func(t *testing.T, d *Dataset) { d.Series[0].Section = "x" }, "series[id=trade-annual].section", "unknown section", false},
		{"event section unknown", func(t *testing.T, d *Dataset) { d.Events[1].Section = "x" }, "events[id=oil-supply].section", "unknown section", false},
		{"list section unknown", func(t *testing.T, d *Dataset) { d.Lists[0].Section = "x" }, "lists[id=trade-partners].section", "unknown section", false},
		{"gap section unknown", func(t *testing.T, d *Dataset) { d.Gaps[0].Section = "x" }, "gaps[id=trade-2024-total].section", "unknown section", false},
		{"entity country unknown", func(t *testing.T, d *Dataset) { d.Entities[0].Country = "us" }, "entities[id=vladimir-putin].country", `unknown country "us"; allowed: az, ru`, false},
		{"entity kind unknown", func(t *testing.T, d *Dataset) { d.Entities[0].Kind = "persn" }, "entities[id=vladimir-putin].kind", `unknown entity kind "persn"; allowed: company, country, document`, false},
		{"entity kind missing", func(t *testing.T, d *Dataset) { d.Entities[0].Kind = "" }, "entities[id=vladimir-putin].kind", "missing entity kind; allowed:", false},
		{"figure direction unknown", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2023").Direction = "ru-ru" }, "figures[id=trade-2023].direction", `unknown direction "ru-ru"; allowed: az-ru, bilateral, ru-az (or "" / omitted)`, false},
		{"list direction unknown", func(t *testing.T, d *Dataset) { d.Lists[1].Direction = "to-russia" }, "lists[id=exports-to-russia].direction", `unknown direction "to-russia"`, false},
		{"unit unknown", func(t *testing.T, d *Dataset) { figure(t, d, "oil-transit").Unit = "barrel" }, "figures[id=oil-transit].unit", `unknown unit "barrel"; allowed: count, m3, percent, rank, tonne, usd, year`, false},
		{"scale unknown", func(t *testing.T, d *Dataset) { figure(t, d, "oil-transit").Scale = "mn" }, "figures[id=oil-transit].scale", `unknown scale "mn"; allowed: billion, million, thousand, trillion (or "" / omitted)`, false},
		{"qualifier unknown", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2023").Qualifier = "aprox" }, "figures[id=trade-2023].qualifier", `unknown qualifier "aprox"; allowed: about, estimated, exact, nearly, over, range, up to`, false},
		{"qualifier missing", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2023").Qualifier = "" }, "figures[id=trade-2023].qualifier", "missing qualifier", false},
		{"figure entity unknown", func(t *testing.T, d *Dataset) { figure(t, d, "oil-transit").Entities[0] = "rosneft" }, "figures[id=oil-transit].entities[0]", `unknown entity "rosneft"`, false},

		// figure values
		{"range with value", func(t *testing.T, d *Dataset) { figure(t, d, "oil-transit").Value = ptr(1.4) }, "figures[id=oil-transit].value", "has low and high, not value", false},
		{"range without high", func(t *testing.T, d *Dataset) { figure(t, d, "oil-transit").High = nil }, "figures[id=oil-transit].high", "missing high", false},
		{"range without low", func(t *testing.T, d *Dataset) { figure(t, d, "oil-transit").Low = nil }, "figures[id=oil-transit].low", "missing low", false},
		{"range reversed", func(t *testing.T, d *Dataset) { figure(t, d, "oil-transit").Low = ptr(1.5) }, "figures[id=oil-transit].high", "high 1.5 is not greater than low 1.5", false},
		{"value with low", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2023").Low = ptr(4) }, "figures[id=trade-2023].low", "only for a range", false},
		{"value with high", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2023").High = ptr(5) }, "figures[id=trade-2023].high", "only for a range", false},
		{"value missing", func(t *testing.T, d *Dataset) { figure(t, d, "russia-partner-rank").Value = nil }, "figures[id=russia-partner-rank].value", "missing value", false},
		{"value NaN", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2023").Value = ptr(math.NaN()) }, "figures[id=trade-2023].value", "not a finite number", false},
		{"value infinite", func(t *testing.T, d *Dataset) { figure(t, d, "oil-transit").High = ptr(math.Inf(1)) }, "figures[id=oil-transit].high", "not a finite number", false},
		{"count fractional", func(t *testing.T, d *Dataset) { figure(t, d, "companies-fully-russian").Value = ptr(299.5) }, "figures[id=companies-fully-russian].value", "a count must be a whole number, 0 or more; got 299.5", true},
		{"count negative", func(t *testing.T, d *Dataset) { figure(t, d, "companies-fully-russian").Value = ptr(-3) }, "figures[id=companies-fully-russian].value", "a count must be a whole number", true},
		{"count fractional after scale", func(t *testing.T, d *Dataset) { figure(t, d, "companies-joint-ventures").Value = ptr(1.1005) }, "figures[id=companies-joint-ventures].value", "a count must be a whole number", true},
		{"rank zero", func(t *testing.T, d *Dataset) { figure(t, d, "russia-partner-rank").Value = ptr(0) }, "figures[id=russia-partner-rank].value", "a rank must be a whole number, 1 or more", false},
		{"rank fractional", func(t *testing.T, d *Dataset) { figure(t, d, "russia-partner-rank").Value = ptr(1.5) }, "figures[id=russia-partner-rank].value", "a rank must be a whole number", false},

		// periods
		{"period missing", func(t *testing.T, d *Dataset) { figure(t, d, "russia-partner-rank").Period = "" }, "figures[id=russia-partner-rank].period", "missing period", false},
		{"period month 13", func(t *testing.T, d *Dataset) { figure(t, d, "russia-partner-rank").Period = "2023-13" }, "figures[id=russia-partner-rank].period", "there is no month 13", false},
		{"period not leap", func(t *testing.T, d *Dataset) { figure(t, d, "russia-partner-rank").Period = "2023-02-29" }, "figures[id=russia-partner-rank].period", "February 2023 has 28 days", false},
		{"period year too early", func(t *testing.T, d *Dataset) { figure(t, d, "russia-partner-rank").Period = "1899" }, "figures[id=russia-partner-rank].period", "outside 1900–2100", false},
		{"period year too late", func(t *testing.T, d *Dataset) { figure(t, d, "russia-partner-rank").Period = "2101/2102" }, "figures[id=russia-partner-rank].period", "outside 1900–2100", false},
		{"period reversed", func(t *testing.T, d *Dataset) { figure(t, d, "russia-partner-rank").Period = "2024/2023" }, "figures[id=russia-partner-rank].period", "ends before it starts", false},
		{"period open interval", func(t *testing.T, d *Dataset) { figure(t, d, "russia-partner-rank").Period = "2023/" }, "figures[id=russia-partner-rank].period", "not an ISO 8601 date", false},
		{"period with time", func(t *testing.T, d *Dataset) { figure(t, d, "russia-partner-rank").Period = "2023-01-01T00:00" }, "figures[id=russia-partner-rank].period", "not an ISO 8601 date", false},

		// events
		{"event date missing", func(t *testing.T, d *Dataset) { d.Events[0].Date = "" }, "events[id=diplomatic-ties].date", "missing date", true},
		{"event date impossible", func(t *testing.T, d *Dataset) { d.Events[1].Date = "2023-02-30" }, "events[id=oil-supply].date", `"2023-02-30": February 2023 has 28 days`, false},
		{"event precision mismatch", func(t *testing.T, d *Dataset) { d.Events[0].Precision = "month" }, "events[id=diplomatic-ties].precision", `precision "month" does not match date "1992-04-04", which is of day precision`, false},
		{"event precision unknown", func(t *testing.T, d *Dataset) { d.Events[0].Precision = "week" }, "events[id=diplomatic-ties].precision", `unknown precision "week"; allowed: day, month, year`, false},
		{"event end impossible", func(t *testing.T, d *Dataset) { d.Events[1].End = "2024-13" }, "events[id=oil-supply].end", "there is no month 13", true},
		{"event end precision mismatch", func(t *testing.T, d *Dataset) { d.Events[1].EndPrecision = "day" }, "events[id=oil-supply].endPrecision", `endPrecision "day" does not match end "2024"`, false},
		{"event end precision missing", func(t *testing.T, d *Dataset) { d.Events[1].EndPrecision = "" }, "events[id=oil-supply].endPrecision", "missing endPrecision", false},
		{"event end precision without end", func(t *testing.T, d *Dataset) { d.Events[0].EndPrecision = "day" }, "events[id=diplomatic-ties].endPrecision", "set but end is not", false},
		{"event end before date", func(t *testing.T, d *Dataset) { d.Events[1].End = "2016"; d.Events[1].EndPrecision = "year" }, "events[id=oil-supply].end", `end "2016" is before date "2017-02"`, false},
		{"event end coarser and earlier", func(t *testing.T, d *Dataset) { d.Events[1].End = "2017" }, "events[id=oil-supply].end", `end "2017" is before date "2017-02"`, false},
		{"event category missing", func(t *testing.T, d *Dataset) { d.Events[0].Category = "" }, "events[id=diplomatic-ties].category", "missing category; allowed: diplomacy, energy", false},
		{"event category unknown", func(t *testing.T, d *Dataset) { d.Events[0].Category = "war" }, "events[id=diplomatic-ties].category", `unknown category "war"; allowed: diplomacy, energy`, false},
		{"event party unknown", func(t *testing.T, d *Dataset) { d.Events[1].Parties[0] = "rosneft" }, "events[id=oil-supply].parties[0]", `unknown entity "rosneft"; want an entity or a country id`, false},
		{"event party empty", func(t *testing.T, d *Dataset) { d.Events[1].Parties[1] = "" }, "events[id=oil-supply].parties[1]", "missing entity id", false},
		{"event figure unknown", func(t *testing.T, d *Dataset) { d.Events[1].Figures[0] = "oil-2024" }, "events[id=oil-supply].figures[0]", `unknown figure "oil-2024"`, false},

		// lists and gaps
		{"list without items", func(t *testing.T, d *Dataset) { d.Lists[1].Items = nil }, "lists[id=exports-to-russia].items", "at least one item", false},
		{"list item entity unknown", func(t *testing.T, d *Dataset) { d.Lists[0].Items[0].Entity = "turkiye" }, "lists[id=trade-partners].items[0].entity", `unknown entity "turkiye"`, false},
		{"list item rank negative", func(t *testing.T, d *Dataset) { d.Lists[0].Items[0].Rank = -1 }, "lists[id=trade-partners].items[0].rank", "rank -1 is negative", false},
		{"list item rank in a list not ranked", func(t *testing.T, d *Dataset) { d.Lists[1].Items[0].Rank = 1 }, "lists[id=exports-to-russia].items[0].rank",
			`rank 1 on an item of a list that is not ranked; set "ranked": true on the list if the article states this position, or drop the rank`, false},
		{"list ranks without ranked", func(t *testing.T, d *Dataset) { d.Lists[0].Ranked = false }, "lists[id=trade-partners].items[0].rank", "not ranked", true},
		{"list rank given twice", func(t *testing.T, d *Dataset) { d.Lists[0].Items[1].Rank = 1 }, "lists[id=trade-partners].items[1].rank",
			"rank 1 is already given to lists[id=trade-partners].items[0]", false},

		// assessments
		{"assessment quote missing", func(t *testing.T, d *Dataset) { d.Assessments[0].Quote = nil }, "assessments[id=trade-robust].quote", "missing text", false},
		{"assessment about missing", func(t *testing.T, d *Dataset) { d.Assessments[0].About = nil }, "assessments[id=trade-robust].about", "missing text", false},
		{"assessment section unknown", func(t *testing.T, d *Dataset) { d.Assessments[0].Section = "energy" }, "assessments[id=trade-robust].section", `unknown section "energy"`, false},
		{"assessment quote too long", func(t *testing.T, d *Dataset) { d.Assessments[0].Quote["en"] = strings.Repeat("very ", 31) + "robust" }, "assessments[id=trade-robust].quote.en",
			"the quote has 32 words; keep it to 30 at most", false},
		{"assessment quote in marks", func(t *testing.T, d *Dataset) { d.Assessments[0].Quote["en"] = "“equally robust”" }, "assessments[id=trade-robust].quote.en", "wrapped in quotation marks", false},
		{"assessment id duplicate", func(t *testing.T, d *Dataset) { d.Assessments = append(d.Assessments, d.Assessments[0]) }, "assessments[1].id", `duplicate id "trade-robust"`, false},
		{"gap series unknown", func(t *testing.T, d *Dataset) { d.Gaps[0].Series = "trade-yearly" }, "gaps[id=trade-2024-total].series", `unknown series "trade-yearly"`, false},

		// series
		{"series unit unknown", func(t *testing.T, d *Dataset) { d.Series[0].Unit = "dollar" }, "series[id=trade-annual].unit", `unknown unit "dollar"`, false},
		{"series scale unknown", func(t *testing.T, d *Dataset) { d.Series[0].Scale = "bn" }, "series[id=trade-annual].scale", `unknown scale "bn"`, false},
		{"series title missing", func(t *testing.T, d *Dataset) { d.Series[0].Title = nil }, "series[id=trade-annual].title", "missing text", false},
		{"series without points", func(t *testing.T, d *Dataset) { d.Series[0].Points = nil }, "series[id=trade-annual].points", "at least one point", false},
		{"point period missing", func(t *testing.T, d *Dataset) { d.Series[0].Points[2].Period = "" }, "series[id=trade-annual].points[2].period", "missing period", false},
		{"point period invalid", func(t *testing.T, d *Dataset) { d.Series[0].Points[2].Period = "2024-00" }, "series[id=trade-annual].points[2].period", "there is no month 0", false},
		{"points out of order", func(t *testing.T, d *Dataset) {
			p := d.Series[0].Points
			p[0], p[1] = p[1], p[0]
		}, "series[id=trade-annual].points[1].period", `"2022" does not start after the previous point's "2023"`, false},
		{"points repeat a period", func(t *testing.T, d *Dataset) { d.Series[0].Points[2].Period = "2023-01/2023-12" }, "series[id=trade-annual].points[2].period", "does not start after", false},
		{"point gap and figure", func(t *testing.T, d *Dataset) { d.Series[0].Points[2].Figure = "trade-2023" }, "series[id=trade-annual].points[2]", "not both", true},
		{"point neither gap nor figure", func(t *testing.T, d *Dataset) { d.Series[0].Points[2].Gap = false }, "series[id=trade-annual].points[2]", `needs a figure, or "gap": true`, false},
		{"point figure unknown", func(t *testing.T, d *Dataset) { d.Series[0].Points[1].Figure = "trade-2021" }, "series[id=trade-annual].points[1].figure", `unknown figure "trade-2021"`, false},
		{"point figure in another unit", func(t *testing.T, d *Dataset) { d.Series[0].Points[1].Figure = "trade-2023-growth" }, "series[id=trade-annual].points[1].figure", `figure "trade-2023-growth" is in "percent"; the series is in "usd"`, false},
		{"point figure of another period", func(t *testing.T, d *Dataset) { d.Series[0].Points[0].Period = "2021" }, "series[id=trade-annual].points[0].figure", `figure "trade-2022" covers "2022", not the point's period`, false},

		// derived figures
		{"formula unknown", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2022").Derived.Formula = "ratio" }, "figures[id=trade-2022].derived.formula", `unknown formula "ratio"; allowed: base-from-growth, difference, years-between, years-to-publication`, false},
		{"formula arity", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2022").Derived.Inputs = []string{"trade-2023"} }, "figures[id=trade-2022].derived.inputs", "base-from-growth takes 2 input(s) [current, growth%]; got 1", false},
		{"input unknown", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2022").Derived.Inputs[1] = "growth-2023" }, "figures[id=trade-2022].derived.inputs[1]", `unknown figure "growth-2023"`, false},
		{"input a range", func(t *testing.T, d *Dataset) {
			f := figure(t, d, "companies-joint-ventures")
			f.Derived.Inputs[1] = "oil-transit"
		}, "figures[id=companies-joint-ventures].derived.inputs[1]", "a range cannot enter a formula", false},
		{"derived range", func(t *testing.T, d *Dataset) {
			f := figure(t, d, "trade-2022")
			f.Qualifier, f.Value, f.Low, f.High = "range", nil, ptr(3), ptr(4)
		}, "figures[id=trade-2022].derived", "one value, not a range", false},
		{"decimals negative", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2022").Derived.Decimals = -1 }, "figures[id=trade-2022].derived.decimals", "decimals -1 is outside 0–9", false},
		{"more decimals than declared", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2022").Value = ptr(3.7089) }, "figures[id=trade-2022].derived.decimals", "derived value 3.7089 has more than 3 decimal(s)", false},
		{"base-from-growth off", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2022").Value = ptr(3.71) }, "figures[id=trade-2022].value",
			"derived value 3.71 does not recompute: base-from-growth(trade-2023, trade-2023-growth) = 3.709", false},
		{"base-from-growth scale", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2022").Scale = "million" }, "figures[id=trade-2022].value", "= 3708.936", true},
		{"base-from-growth unit", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2022").Unit = "tonne" }, "figures[id=trade-2022].derived.inputs[0]", `current "trade-2023" is in "usd"; the figure is in "tonne"`, true},
		{"base-from-growth growth unit", func(t *testing.T, d *Dataset) { figure(t, d, "trade-2022").Derived.Inputs[1] = "trade-2023" }, "figures[id=trade-2022].derived.inputs[1]", `growth "trade-2023" is in "usd"; want "percent"`, false},
		{"difference off", func(t *testing.T, d *Dataset) { figure(t, d, "companies-joint-ventures").Value = ptr(1.2) }, "figures[id=companies-joint-ventures].value",
			"derived value 1.2 does not recompute: difference(companies-russian-capital, companies-fully-russian) = 1.1", false},
		{"difference reversed", func(t *testing.T, d *Dataset) {
			in := figure(t, d, "companies-joint-ventures").Derived.Inputs
			in[0], in[1] = in[1], in[0]
		}, "figures[id=companies-joint-ventures].value", "= -1.1", false},
		{"difference units", func(t *testing.T, d *Dataset) {
			figure(t, d, "companies-joint-ventures").Derived.Inputs[1] = "russia-partner-rank"
		}, "figures[id=companies-joint-ventures].derived.inputs",
			`difference needs inputs in the figure's unit "count"; got "count" and "rank"`, false},
		{"years off", func(t *testing.T, d *Dataset) { figure(t, d, "diplomatic-ties-years").Value = ptr(33) }, "figures[id=diplomatic-ties-years].value",
			"derived value 33 does not recompute: years-to-publication(diplomatic-ties) = 32", false},
		{"years before the anniversary", func(t *testing.T, d *Dataset) { d.Events[0].Date = "1992-08-18" }, "figures[id=diplomatic-ties-years].value", "= 31", false},
		{"years from a year", func(t *testing.T, d *Dataset) { d.Events[0].Date, d.Events[0].Precision = "1991", "year" }, "figures[id=diplomatic-ties-years].value", "= 33", false},
		{"years event unknown", func(t *testing.T, d *Dataset) { figure(t, d, "diplomatic-ties-years").Derived.Inputs[0] = "ties" }, "figures[id=diplomatic-ties-years].derived.inputs[0]", `unknown event "ties"`, false},
		{"years unit", func(t *testing.T, d *Dataset) { figure(t, d, "diplomatic-ties-years").Unit = "count" }, "figures[id=diplomatic-ties-years].derived.formula", `want "year"`, false},
		{"years between off", func(t *testing.T, d *Dataset) {
			figure(t, d, "diplomatic-ties-years").Derived = &Derived{Formula: "years-between", Inputs: []string{"diplomatic-ties", "oil-supply"}}
		}, "figures[id=diplomatic-ties-years].value", "derived value 32 does not recompute: years-between(diplomatic-ties, oil-supply) = 24", false},
		{"years between reversed", func(t *testing.T, d *Dataset) {
			figure(t, d, "diplomatic-ties-years").Derived = &Derived{Formula: "years-between", Inputs: []string{"oil-supply", "diplomatic-ties"}}
		}, "figures[id=diplomatic-ties-years].derived.inputs[1]", `event "diplomatic-ties" is dated before event "oil-supply"`, false},
		{"years between one event", func(t *testing.T, d *Dataset) {
			figure(t, d, "diplomatic-ties-years").Derived = &Derived{Formula: "years-between", Inputs: []string{"oil-supply"}}
		}, "figures[id=diplomatic-ties-years].derived.inputs", "years-between takes 2 input(s) [earlier event, later event]; got 1", false},
		{"years event after publication", func(t *testing.T, d *Dataset) { d.Events[0].Date = "2024-09-01" }, "figures[id=diplomatic-ties-years].derived.inputs[0]", "after the article was published", false},
		{"derived cycle", func(t *testing.T, d *Dataset) {
			figure(t, d, "trade-2023").Derived = &Derived{Formula: "difference", Inputs: []string{"trade-2022", "trade-2022"}}
			figure(t, d, "trade-2023").Value = ptr(0)
		}, "figures[id=trade-2023].derived.inputs", "derived inputs form a cycle: trade-2023 → trade-2022 → trade-2023", true},
		{"derived self-reference", func(t *testing.T, d *Dataset) {
			f := figure(t, d, "companies-joint-ventures")
			f.Derived.Inputs[1] = f.ID
		}, "figures[id=companies-joint-ventures].derived.inputs", "cycle: companies-joint-ventures → companies-joint-ventures", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := fixture(t)
			tc.breakIt(t, d)
			ps := d.Validate()
			if !hasProblem(ps, tc.path, tc.reason) {
				t.Fatalf("want %s: …%s…; got:\n%v", tc.path, tc.reason, (&Problems{List: ps}).Error())
			}
			if !tc.more && len(ps) != 1 {
				t.Errorf("want only that problem; got %d:\n%v", len(ps), (&Problems{List: ps}).Error())
			}
		})
	}
}

// dup appends a copy of the first record of a kind, repeating its id.
func dup(kind string) func(t *testing.T, d *Dataset) {
	return func(t *testing.T, d *Dataset) {
		switch kind {
		case "countries":
			d.Countries = append(d.Countries, d.Countries[0])
		case "entities":
			d.Entities = append(d.Entities, d.Entities[0])
		case "figures":
			d.Figures = append(d.Figures, d.Figures[0])
		case "series":
			d.Series = append(d.Series, d.Series[0])
		case "events":
			d.Events = append(d.Events, d.Events[0])
		case "lists":
			d.Lists = append(d.Lists, d.Lists[0])
		case "gaps":
			d.Gaps = append(d.Gaps, d.Gaps[0])
		case "categories":
			d.Categories = append(d.Categories, d.Categories[0])
		default:
			t.Fatalf("dup: unknown kind %q", kind)
		}
	}
}

func hasProblem(ps []Problem, path, reason string) bool {
	for _, p := range ps {
		if p.Path == path && strings.Contains(p.Reason, reason) {
			return true
		}
	}
	return false
}

// TestValidateReportsAll checks that problems in different records all come
// back from one run, in file order, rather than the first one alone.
func TestValidateReportsAll(t *testing.T) {
	d := fixture(t)
	d.Format = 3
	figure(t, d, "trade-2023").Unit = "usdd"
	d.Events[1].Date = "2017-02-29"
	d.Categories[1].Label = nil
	ps := d.Validate()
	want := []string{"format", "figures[id=trade-2023].unit", "events[id=oil-supply].date", "categories[id=energy].label"}
	if len(ps) != len(want) {
		t.Fatalf("want %d problems, got %d:\n%v", len(want), len(ps), (&Problems{List: ps}).Error())
	}
	for i, p := range ps {
		if p.Path != want[i] {
			t.Errorf("problem %d is at %s, want %s", i, p.Path, want[i])
		}
	}
}

// TestValidateZeroDataset checks that an empty dataset is refused with
// reasons rather than a panic: every slice is nil and every text missing.
func TestValidateZeroDataset(t *testing.T) {
	ps := (&Dataset{}).Validate()
	for _, want := range []string{"format", "source.publisher", "source.url", "source.title", "source.published", "source.terms", "source.sections"} {
		found := false
		for _, p := range ps {
			found = found || p.Path == want
		}
		if !found {
			t.Errorf("no problem at %s", want)
		}
	}
}

// TestDerivedRoundingTie accepts either rounding of a value exactly halfway
// between two decimals, since float arithmetic may land on either side.
func TestDerivedRoundingTie(t *testing.T) {
	for _, stored := range []float64{1.0, 1.1} { // 1050 companies, 0 decimals in thousands → 1.05
		d := fixture(t)
		figure(t, d, "companies-fully-russian").Value = ptr(350)
		f := figure(t, d, "companies-joint-ventures")
		f.Value = ptr(stored)
		if ps := d.Validate(); len(ps) != 0 {
			t.Errorf("stored %v: %v", stored, (&Problems{List: ps}).Error())
		}
	}
	d := fixture(t)
	figure(t, d, "companies-fully-russian").Value = ptr(350)
	figure(t, d, "companies-joint-ventures").Value = ptr(1.2)
	if ps := d.Validate(); !hasProblem(ps, "figures[id=companies-joint-ventures].value", "= 1.1") && !hasProblem(ps, "figures[id=companies-joint-ventures].value", "= 1.0") {
		t.Errorf("1.2 for 1.05 was accepted: %v", ps)
	}
}
