package app

// randomUUID writes 16 random bytes as a version 4 UUID (RFC 9562), the
// form github.com/google/uuid's NewString gives (patch 25, newid_wasm.go).
func randomUUID(b [16]byte) string {
	b[6] = b[6]&0x0f | 0x40 // version 4
	b[8] = b[8]&0x3f | 0x80 // the RFC's variant
	const digits = "0123456789abcdef"
	id := make([]byte, 0, 36)
	for i, c := range b {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			id = append(id, '-')
		}
		id = append(id, digits[c>>4], digits[c&15])
	}
	return string(id)
}
