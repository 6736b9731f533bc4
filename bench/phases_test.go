//go:build !wasm

package main

import (
	"slices"
	"testing"
)

func TestSummarisePhases(t *testing.T) {
	s := phaseSample{
		InteractAt: 1500,
		Phases: startPhases{
			FCP: 400, ChartsIn: 450, ChartsFrame: 470, Ready: 2000,
			LongTasks: [][2]float64{
				{100, 300},  // before the first paint: not the reader's
				{600, 120},  // 70 ms over
				{1400, 400}, // cut at the interaction: 100 − 50
				{1900, 90},  // after the interaction, before ready
				{2500, 500}, // after ready
			},
			Events: []eventEntry{
				{Name: "pointerdown", Start: 1200, Processing: 1210, Duration: 900}, // an earlier input
				{Name: "pointerup", Start: 1502, Processing: 1800, Duration: 320},
				{Name: "click", Start: 1503, Processing: 1810, Duration: 330},
			},
		},
	}
	s.summarise()
	if s.ChartsPaint != 470 {
		t.Errorf("charts painted at %v, want the frame after the parser put them in (470)", s.ChartsPaint)
	}
	if s.BlockingMs != 120 {
		t.Errorf("blocking %v ms, want 70 + 50", s.BlockingMs)
	}
	if s.LongTaskMs != 120+400+90 {
		t.Errorf("long tasks to ready %v ms, want 610", s.LongTaskMs)
	}
	if s.ResponseMs != 330 || s.InputDelay != 307 {
		t.Errorf("answered in %v ms (input delay %v), want 330 (307): the bench's input only", s.ResponseMs, s.InputDelay)
	}

	// Charts parsed before the first paint are in it.
	early := phaseSample{Phases: startPhases{FCP: 400, FCPPainted: 340, ChartsIn: 300, ChartsFrame: 380, Ready: -1}}
	early.summarise()
	if early.ChartsPaint != 400 {
		t.Errorf("charts painted at %v, want the first paint (400)", early.ChartsPaint)
	}
	// Charts parsed after the first frame was painted but before it was
	// presented are not in it: their frame, never before the first paint.
	between := phaseSample{Phases: startPhases{FCP: 400, FCPPainted: 340, ChartsIn: 360, ChartsFrame: 390, Ready: -1}}
	between.summarise()
	if between.ChartsPaint != 400 {
		t.Errorf("charts painted at %v, want no earlier than the first paint (400)", between.ChartsPaint)
	}
	between.Phases.ChartsFrame = 430
	between.summarise()
	if between.ChartsPaint != 430 {
		t.Errorf("charts painted at %v, want their own frame (430), not the first paint", between.ChartsPaint)
	}
}

func TestParsePolicies(t *testing.T) {
	got, err := parsePolicies(" idle, interaction ,")
	if err != nil || !slices.Equal(got, []string{"idle", "interaction"}) {
		t.Errorf("got %q, %v", got, err)
	}
	if _, err := parsePolicies("idle,soon"); err == nil {
		t.Error("an unknown policy was accepted")
	}
}

func TestLighthousePathsAskForThePolicy(t *testing.T) {
	paths := lighthousePaths([]view{{"trade", "/trade"}}, []string{"interaction", "idle"})
	for _, want := range []string{"/trade", "/trade?fig=trade-2023", "/trade?wasm=idle", "/trade?fig=trade-2023&wasm=idle"} {
		if !slices.Contains(paths, want) {
			t.Errorf("%q not in %q", want, paths)
		}
	}
}
