package components

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notice is a short message in a polite live region, cleared after a while
// so a second copy is announced again.
type notice struct{ text string }

func (n *notice) say(ctx goapp.Context, msg string) {
	n.text = msg
	ctx.After(4*time.Second, func(ctx goapp.Context) {
		if n.text == msg {
			n.text = ""
		}
	})
}
