// Linli's addition to FerretDB v1.24's sjson package, copied into the module by lib/embedded-db.ts before
// it is built. FerretDB stores every document as JSON plus a type schema and converts it back on every
// read; its decoder allocates a json.Decoder (with its buffer) for every value and decodes the schema of
// every document again. These helpers give the same results for the same stored JSON with less work: the
// common scalars are read directly (anything unusual falls back to FerretDB's own code), and schemas, which
// documents of one shape share, are decoded once and kept read-only.

package sjson

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/FerretDB/FerretDB/internal/types"
	"github.com/FerretDB/FerretDB/internal/util/lazyerrors"
)

// linliPlainString returns the content of a JSON string literal that has no escapes and is valid UTF-8,
// which is what encoding/json would decode it to; ok is false for any other input.
func linliPlainString(data []byte) (string, bool) {
	n := len(data)
	if n < 2 || data[0] != '"' || data[n-1] != '"' {
		return "", false
	}
	body := data[1 : n-1]
	for _, c := range body {
		if c == '\\' || c == '"' || c < 0x20 {
			return "", false
		}
	}
	if !utf8.Valid(body) {
		return "", false
	}
	return string(body), true
}

// linliCanonicalInt parses a JSON integer written the way encoding/json writes it (no sign but '-', no
// leading zeros, no exponent); ok is false for anything else.
func linliCanonicalInt(data []byte, bits int) (int64, bool) {
	i, err := strconv.ParseInt(string(data), 10, bits)
	if err != nil || strconv.FormatInt(i, 10) != string(data) {
		return 0, false
	}
	return i, true
}

// linliFastScalar decodes strings, ObjectIDs, dates, booleans, int32 and int64 values as the sjson types'
// UnmarshalJSON methods do (then fromSJSON); ok is false when FerretDB's general path must decide.
func linliFastScalar(data []byte, t elemType) (any, bool) {
	switch t {
	case elemTypeString:
		if s, ok := linliPlainString(data); ok {
			return s, true
		}
	case elemTypeObjectID:
		if s, ok := linliPlainString(data); ok && len(s) == 2*types.ObjectIDLen {
			var id types.ObjectID
			if _, err := hex.Decode(id[:], []byte(s)); err == nil {
				return id, true
			}
		}
	case elemTypeDate:
		if i, ok := linliCanonicalInt(data, 64); ok {
			return time.UnixMilli(i), true
		}
	case elemTypeInt:
		if i, ok := linliCanonicalInt(data, 32); ok {
			return int32(i), true
		}
	case elemTypeLong:
		if i, ok := linliCanonicalInt(data, 64); ok {
			return i, true
		}
	case elemTypeBool:
		switch string(data) {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	return nil, false
}

// linliDecode decodes one JSON value into v, failing on trailing data, as FerretDB's
// json.NewDecoder + Decode + checkConsumed does, without a decoder and buffer per value.
func linliDecode(data []byte, v any) error {
	return json.Unmarshal(data, v)
}

const linliSchemaCacheMax = 8192

var (
	linliSchemasM sync.RWMutex
	linliSchemas  = make(map[string]*schema)
)

// linliSchemaOf decodes a document's schema (the $s field) strictly, as Unmarshal does, and keeps it by its
// JSON text. Decoded schemas are only read afterwards, so documents of the same shape share one.
func linliSchemaOf(raw []byte) (*schema, error) {
	linliSchemasM.RLock()
	s, ok := linliSchemas[string(raw)]
	linliSchemasM.RUnlock()
	if ok {
		return s, nil
	}

	r := bytes.NewReader(raw)
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var sch schema
	if err := dec.Decode(&sch); err != nil {
		return nil, lazyerrors.Error(err)
	}
	if err := checkConsumed(dec, r); err != nil {
		return nil, lazyerrors.Error(err)
	}

	linliSchemasM.Lock()
	if len(linliSchemas) >= linliSchemaCacheMax {
		linliSchemas = make(map[string]*schema)
	}
	linliSchemas[string(raw)] = &sch
	linliSchemasM.Unlock()
	return &sch, nil
}
