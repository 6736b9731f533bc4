package data

// Overlaps keeps a figure any part of whose period falls within the years
// [from, to]; one whose period does not parse falls within none.
func (f Figure) Overlaps(from, to int) bool {
	start, end, err := ParsePeriod(f.Period)
	return err == nil && end.Year() >= from && start.Year() <= to
}
