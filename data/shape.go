package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// The shape check walks the JSON token stream alongside the Go types before
// anything is decoded. json.Decoder stops at the first unknown field or wrong
// type and names it without array indexes ("figures.value"); the walk finds
// them all, names them "figures[3].value" with a line and column, and also
// refuses what the decoder would let through: duplicate keys (the last would
// silently win), keys matching a field only case-insensitively, and null
// where a field cannot be absent. reflect costs nothing extra: encoding/json
// already links it.

type shape struct {
	b     []byte
	dec   *json.Decoder
	probs []Problem
	at    position // where pos last counted to
}

func newShape(b []byte) *shape {
	s := &shape{b: b, dec: json.NewDecoder(bytes.NewReader(b)), at: position{0, 1, 1}}
	s.dec.UseNumber()
	return s
}

// checkShape returns the shape problems of b. A syntax error ends the walk,
// so it is the last problem reported.
func checkShape(b []byte) []Problem {
	s := newShape(b)
	if len(bytes.TrimSpace(b)) == 0 {
		return []Problem{{"", "the file is empty; want a JSON object"}}
	}
	err := s.value(reflect.TypeOf(Dataset{}), "")
	if err == nil {
		at := s.next()
		if _, err2 := s.dec.Token(); err2 != io.EOF {
			s.probs = append(s.probs, Problem{"", "unexpected data after the top-level value at " + s.pos(at)})
		}
		return s.probs
	}
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &syn):
		s.probs = append(s.probs, Problem{"", fmt.Sprintf("syntax error at %s: %s", s.pos(syn.Offset), strings.TrimPrefix(syn.Error(), "json: "))})
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		s.probs = append(s.probs, Problem{"", fmt.Sprintf("unexpected end of file at %s: a bracket or quote is not closed", s.pos(int64(len(b))))})
	default:
		s.probs = append(s.probs, Problem{"", err.Error()})
	}
	return s.probs
}

func (s *shape) add(path string, at int64, format string, args ...any) {
	s.probs = append(s.probs, Problem{path, fmt.Sprintf(format, args...) + " (" + s.pos(at) + ")"})
}

// next is the offset where the next token starts: the decoder's offset is
// the end of the previous token, before any separator.
func (s *shape) next() int64 {
	i := s.dec.InputOffset()
	for i < int64(len(s.b)) && strings.IndexByte(" \t\r\n,:", s.b[i]) >= 0 {
		i++
	}
	return i
}

// pos is "line L, column C" of a byte offset, counting columns in characters.
// Offsets mostly grow as the walk goes on, so it counts on from the last one
// asked for: a file with a problem on every line costs linear time, not quadratic.
func (s *shape) pos(off int64) string {
	off = min(off, int64(len(s.b)))
	if off < s.at.off {
		s.at = position{0, 1, 1}
	}
	for _, c := range s.b[s.at.off:off] {
		switch {
		case c == '\n':
			s.at.line, s.at.col = s.at.line+1, 1
		case c&0xC0 != 0x80: // not a UTF-8 continuation byte
			s.at.col++
		}
	}
	s.at.off = off
	return fmt.Sprintf("line %d, column %d", s.at.line, s.at.col)
}

type position struct {
	off       int64
	line, col int
}

func (s *shape) token() (json.Token, error) {
	tok, err := s.dec.Token()
	if err == io.EOF {
		// Only the top level may end; inside a value the file was cut short.
		err = io.ErrUnexpectedEOF
	}
	return tok, err
}

// value reads one value at path and checks it against t.
func (s *shape) value(t reflect.Type, path string) error {
	at := s.next()
	tok, err := s.token()
	if err != nil {
		return err
	}
	if tok == nil {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map:
			return nil
		}
		s.add(path, at, "null is not allowed here; want %s", want(t))
		return nil
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	ok := false
	switch t.Kind() {
	case reflect.Struct:
		if tok == json.Delim('{') {
			return s.object(t, path)
		}
	case reflect.Map:
		if tok == json.Delim('{') {
			return s.object(t, path)
		}
	case reflect.Slice:
		if tok == json.Delim('[') {
			for i := 0; s.dec.More(); i++ {
				if err := s.value(t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
			_, err := s.token()
			return err
		}
	case reflect.String:
		var str string
		if str, ok = tok.(string); ok {
			if why := unsafeChar(str); why != "" {
				s.add(path, at, "%s", why)
			}
		}
	case reflect.Bool:
		_, ok = tok.(bool)
	case reflect.Int:
		if n, isNum := tok.(json.Number); isNum {
			if _, err := strconv.ParseInt(string(n), 10, strconv.IntSize); err != nil {
				s.add(path, at, "want a whole number, got %s", n)
			}
			return nil
		}
	case reflect.Float64:
		if n, isNum := tok.(json.Number); isNum {
			if _, err := strconv.ParseFloat(string(n), 64); err != nil {
				s.add(path, at, "number %s is out of range", n)
			}
			return nil
		}
	default:
		panic("data: shape has no rule for " + t.String())
	}
	if !ok {
		s.add(path, at, "want %s, got %s", want(t), got(tok))
		return s.skip(tok)
	}
	return nil
}

// object reads the members of an object whose '{' has been read: the fields
// of a struct, or the entries of a map such as Text.
func (s *shape) object(t reflect.Type, path string) error {
	var fields map[string]reflect.Type
	if t.Kind() == reflect.Struct {
		fields = jsonFields(t)
	}
	seen := map[string]bool{}
	for s.dec.More() {
		at := s.next()
		tok, err := s.token()
		if err != nil {
			return err
		}
		key, _ := tok.(string) // the decoder refuses non-string keys itself
		p := member(path, key)
		if seen[key] {
			s.add(p, at, "duplicate key %q", key)
		}
		seen[key] = true
		var ft reflect.Type
		if fields == nil {
			ft = t.Elem()
		} else {
			var known bool
			if ft, known = fields[key]; !known {
				s.unknown(p, at, key, fields)
				if err := s.skipValue(); err != nil {
					return err
				}
				continue
			}
		}
		if err := s.value(ft, p); err != nil {
			return err
		}
	}
	_, err := s.token()
	return err
}

func (s *shape) unknown(p string, at int64, key string, fields map[string]reflect.Type) {
	names := make([]string, 0, len(fields))
	for name := range fields {
		if strings.EqualFold(name, key) {
			s.add(p, at, "field %q must be spelled %q", key, name)
			return
		}
		names = append(names, name)
	}
	sort.Strings(names)
	s.add(p, at, "unknown field %q; allowed: %s", key, strings.Join(names, ", "))
}

func (s *shape) skipValue() error {
	tok, err := s.token()
	if err != nil {
		return err
	}
	return s.skip(tok)
}

// skip consumes the rest of a value whose first token was tok, without
// recursion so that nesting cannot grow the stack.
func (s *shape) skip(tok json.Token) error {
	depth := 0
	for {
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
		var err error
		if tok, err = s.token(); err != nil {
			return err
		}
	}
}

// jsonFields maps the JSON names of a struct's fields to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	m := make(map[string]reflect.Type, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = f.Type
	}
	return m
}

func want(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return want(t.Elem())
	case reflect.Struct:
		return "an object"
	case reflect.Map:
		if t == reflect.TypeOf(Text{}) {
			return `a text object like {"en": "…"}`
		}
		return "an object"
	case reflect.Slice:
		return "an array of " + strings.TrimPrefix(strings.TrimPrefix(want(t.Elem()), "an "), "a ") + "s"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int:
		return "a whole number"
	case reflect.Float64:
		return "a number"
	}
	return t.String()
}

func got(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		if v == '{' {
			return "an object"
		}
		return "an array"
	case string:
		if r := []rune(v); len(r) > 40 {
			v = string(r[:40]) + "…"
		}
		return fmt.Sprintf("string %q", v)
	case json.Number:
		return "number " + string(v)
	case bool:
		return strconv.FormatBool(v)
	}
	return fmt.Sprint(tok)
}

// member is the path of key inside the object at path. A key that is not a
// plain name is quoted, so that a hostile key cannot break the one-line
// "FILE: PATH: REASON" format or pass itself off as another path.
func member(path, key string) string {
	plain := key != ""
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			plain = false
		}
	}
	switch {
	case !plain:
		return path + "[" + strconv.Quote(key) + "]"
	case path == "":
		return key
	}
	return path + "." + key
}
