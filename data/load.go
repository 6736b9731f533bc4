package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// Limits on what Parse will look at, checked before decoding so that a
// hostile or corrupted file cannot make the decoder work hard. The real
// dataset is tens of kilobytes and nests five levels deep.
const (
	MaxSize  = 4 << 20
	MaxDepth = 64
	// MaxProblems bounds the report: past a few hundred, more lines do not
	// help the editor, and a hostile file could otherwise produce millions.
	MaxProblems = 1000
)

// Parse decodes and validates a dataset file. It refuses anything the schema
// does not describe and returns every problem at once as *Problems, with
// file as the name shown to the editor; the dataset is returned only when
// there is no problem.
func Parse(file string, b []byte) (*Dataset, error) {
	fail := func(ps ...Problem) (*Dataset, error) {
		if n := len(ps) - MaxProblems; n > 0 {
			ps = append(ps[:MaxProblems:MaxProblems], Problem{"", fmt.Sprintf("%d more problems not shown", n)})
		}
		return nil, &Problems{File: file, List: ps}
	}
	if len(b) > MaxSize {
		return fail(Problem{"", fmt.Sprintf("the file is %d bytes; the limit is %d", len(b), MaxSize)})
	}
	if off, deep := tooDeep(b); deep {
		return fail(Problem{"", fmt.Sprintf("nesting deeper than %d levels at %s", MaxDepth, newShape(b).pos(off))})
	}
	if ps := checkShape(b); len(ps) > 0 {
		return fail(ps...)
	}
	// The shape check has already refused all the decoder would; decoding
	// strictly anyway keeps the decoder the final word if the two disagree.
	var d Dataset
	if err := decodeStrict(b, &d); err != nil {
		return fail(decodeProblem(b, err))
	}
	if ps := d.Validate(); len(ps) > 0 {
		return fail(ps...)
	}
	return &d, nil
}

func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// tooDeep reports the offset of the first bracket that opens a level deeper
// than MaxDepth. Brackets inside strings do not count.
func tooDeep(b []byte) (int64, bool) {
	depth, inString, escaped := 0, false, false
	for i, c := range b {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			if depth++; depth > MaxDepth {
				return int64(i), true
			}
		case c == '}' || c == ']':
			depth--
		}
	}
	return 0, false
}

func decodeProblem(b []byte, err error) Problem {
	s := newShape(b)
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return Problem{"", fmt.Sprintf("syntax error at %s: %v", s.pos(syn.Offset), err)}
	case errors.As(err, &typ):
		return Problem{typ.Field, fmt.Sprintf("want %s, got %s (%s)", typ.Type, typ.Value, s.pos(typ.Offset))}
	}
	return Problem{"", err.Error()}
}
