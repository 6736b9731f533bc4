package data

import "fmt"

// listRanks checks the ranks of one list. A rank is a position the source
// states; on a list that does not declare itself ranked, a rank would turn
// the order in which the items happen to be written into a claim the
// article never makes ("1. Italy 2. Türkiye" from "trailing only Italy and
// Türkiye"). A ranked list may still leave some items unranked: those the
// article places only as a group.
func (c *checker) listRanks(p string, l List) {
	seen := map[int]int{}
	for j, it := range l.Items {
		ip := fmt.Sprintf("%s.items[%d].rank", p, j)
		switch {
		case it.Rank < 0:
			c.add(ip, "rank %d is negative; ranks start at 1 (omit for unranked items)", it.Rank)
		case it.Rank == 0:
		case !l.Ranked:
			c.add(ip, "rank %d on an item of a list that is not ranked; set \"ranked\": true on the list if the article states this position, or drop the rank", it.Rank)
		default:
			if k, dup := seen[it.Rank]; dup {
				c.add(ip, "rank %d is already given to %s.items[%d]", it.Rank, p, k)
			}
			seen[it.Rank] = j
		}
	}
}
