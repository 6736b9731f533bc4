package app

// Patched (third_party/go-app/PATCHES.md, patch 27): the Wasm has no state
// manager. go-app's states (Context.SetState, ObserveState and the rest,
// persisted in local storage, broadcast between tabs) are code every Wasm
// carried, 41 kB of it, and work each start did (every key of local storage
// read and decoded, looking for expired states); Bilateral keeps its state in
// the URL (app/urlstate) and uses none. A call is a programming error, told
// at once rather than ignored: the server's render would have the state and
// the browser's not.

type stateManager struct{}

const errNoStates = "go-app states are not built into this Wasm (third_party/go-app/PATCHES.md, patch 27): keep state in the URL or the component"

func (m *stateManager) Observe(Context, string, any) Observer { panic(errNoStates) }

func (m *stateManager) Get(Context, string, any) { panic(errNoStates) }

func (m *stateManager) Set(Context, string, any) State { panic(errNoStates) }

func (m *stateManager) Delete(Context, string) { panic(errNoStates) }

// Cleanup and CleanupExpiredPersistedStates are the engine's own calls, at
// every frame and at the start: with no states there is nothing to clean.
func (m *stateManager) Cleanup() {}

func (m *stateManager) CleanupExpiredPersistedStates(Context) {}
