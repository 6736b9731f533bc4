package data

import "strings"

// Problem is one thing wrong with a dataset, located by a JSON path so an
// editor can find it without a line number that shifts with every edit.
type Problem struct {
	// Path is like "figures[3].qualifier" or "events[id=gas-agreement-2022].end";
	// empty when the problem is the file as a whole.
	Path string
	// Reason says what is wrong and, where the choice is closed, what is allowed.
	Reason string
}

// Problems is every problem found in one file, in the order found. It is the
// error Parse returns, so a single message tells the editor everything to fix.
type Problems struct {
	File string
	List []Problem
}

// Error renders one problem a line as "FILE: PATH: REASON".
func (p *Problems) Error() string {
	var b strings.Builder
	for i, pr := range p.List {
		if i > 0 {
			b.WriteByte('\n')
		}
		if p.File != "" {
			b.WriteString(p.File)
			b.WriteString(": ")
		}
		if pr.Path != "" {
			b.WriteString(pr.Path)
			b.WriteString(": ")
		}
		b.WriteString(pr.Reason)
	}
	return b.String()
}
