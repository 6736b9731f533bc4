package app

import (
	"strconv"
	"strings"
)

type attributes map[string]string

func (a attributes) Set(name string, value any) {
	var v string
	switch name {
	case "value":
		v = toString(value)

	case "style", "allow":
		v = strings.TrimLeft(a[name]+";"+toAttributeValue(value), ";")

	case "class":
		v = strings.TrimSpace(a[name] + " " + toAttributeValue(value))

	case "srcset":
		v = strings.TrimLeft(a[name]+", "+toAttributeValue(value), ", ")

	default:
		v = toAttributeValue(value)
	}

	switch v {
	case "cite",
		"data",
		"download",
		"href",
		"src",
		"value":
		a[name] = v

	default:
		// Patched (third_party/go-app/PATCHES.md, patch 29): an empty alt
		// is kept, as it says the picture is decorative; without the
		// attribute a screen reader reads the picture's file name instead.
		if v != "" || name == "alt" {
			a[name] = v
		}
	}
}

type attributeURLResolver func(string) string

func toAttributeValue(v any) string {
	return strings.TrimSpace(toString(v))
}

func resolveAttributeURLValue(name, value string, resolve attributeURLResolver) string {
	switch name {
	case "cite",
		"data",
		"href",
		"src":
		return resolve(value)

	case "srcset":
		srcs := strings.Split(value, ", ")
		for i, src := range srcs {
			srcs[i] = resolve(src)
		}
		return strings.Join(srcs, ", ")

	default:
		return value
	}
}

func setJSAttribute(jsElement Value, name, value string) {
	toBool := func(v string) bool {
		b, _ := strconv.ParseBool(v)
		return b
	}

	switch name {
	case "value":
		jsElement.Set(name, value)

	case "contenteditable":
		jsElement.Set("contentEditable", value)

	default:
		// Patch 19: the boolean attributes are listed once, for this and
		// for the server's writing of them (encodeHTMLAttribute).
		property, boolean := booleanAttributes[name]
		switch {
		case property != "":
			jsElement.Set(property, toBool(value))
		// Patch 20: a boolean attribute with no property is on by being
		// there, so setAttribute(name, "false") turned it on. Set false,
		// it is removed; set true, it is there with no value, as the
		// server writes it (encodeHTMLAttribute); any other value is
		// kept, as there.
		case boolean && value == "false":
			jsElement.Call("removeAttribute", name)
		case boolean && value == "true":
			jsElement.Call("setAttribute", name, "")
		default:
			jsElement.Call("setAttribute", name, value)
		}
	}
}

// booleanAttributes are the HTML attributes that are on by being present,
// each with the property setJSAttribute sets in the browser instead of the
// attribute ("" where it sets the attribute).
var booleanAttributes = map[string]string{
	"async": "async", "autofocus": "autofocus", "autoplay": "autoplay",
	"checked": "checked", "default": "default", "defer": "defer",
	"disabled": "disabled", "hidden": "hidden", "ismap": "isMap",
	"loop": "loop", "multiple": "multiple", "muted": "muted", "open": "open",
	"readonly": "readOnly", "required": "required", "reversed": "reversed",
	"selected": "selected", "allowfullscreen": "", "controls": "",
	"formnovalidate": "", "inert": "", "itemscope": "", "nomodule": "",
	"novalidate": "", "playsinline": "",
}

func deleteJSAttribute(jsElement Value, name string) {
	jsElement.Call("removeAttribute", name)
}
