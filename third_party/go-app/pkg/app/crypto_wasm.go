package app

import "github.com/maxence-charriere/go-app/v10/pkg/errors"

// Patch 25: in the browser, Encrypt and Decrypt (and so
// State.PersistWithEncryption) are not available. AES-GCM and a random
// nonce from crypto/rand brought crypto/aes, crypto/cipher, crypto/rand
// and math/big into every Wasm, for a feature an app must ask for; an app
// that does gets this error, logged where the state is persisted.
var errNoEncryption = errors.New("encryption is not in this build of go-app (patch 25)")

func encrypt(key string, v []byte) ([]byte, error) { return nil, errNoEncryption }

func decrypt(key string, v []byte) ([]byte, error) { return nil, errNoEncryption }
