//go:build browser

package e2e

import (
	"strings"
	"testing"
	"time"
)

// TestProgramShowsTheServedDataset: a server given another dataset file
// (-data, README "Another pair of countries") gets a program that fetches
// and shows that file, not the one the binary embeds: once the program
// takes the page over, every text it renders is the served file's. A
// program that started from any other dataset would put another article's
// figures under this one's citation.
func TestProgramShowsTheServedDataset(t *testing.T) {
	srv := startOwnServer(t, "", "other-dataset", "-data", "../data/testdata/valid-minimal.json")
	tb := newTab(t, 90*time.Second)
	defer tb.writeLog(t, "other-dataset")
	navigateTo(t, tb, srv.URL+"/sources")
	if err := tb.waitReady("sources", readyTimeout); err != nil {
		t.Fatal(err)
	}
	var text string
	tb.eval(t, `document.querySelector("main").innerText`, &text)
	if !strings.Contains(text, "Example article") || strings.Contains(text, "Diplomatic deep dive") {
		t.Errorf("the program's page is not of the served file (valid-minimal.json, \"Example article\"):\n%.600s", text)
	}
	problems, requests := tb.snapshot()
	if !contains(requests, srv.URL+"/data/relations.json") {
		t.Errorf("the program never fetched the served dataset; requests: %q", requests)
	}
	if len(problems) > 0 {
		t.Errorf("the page reported problems: %q", problems)
	}
}
