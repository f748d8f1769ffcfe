package credentials

import (
	"bytes"
	"encoding/json"
	"sort"
)

// keyRank puts "@context", "id" and "type" first and "proof" last, the order in which the
// specifications print credentials, so a downloaded file reads like their examples.
func keyRank(key string) int {
	switch key {
	case "@context":
		return 0
	case "id":
		return 1
	case "type":
		return 2
	case "proof":
		return 4
	}
	return 3
}

// MarshalIndented encodes a document with its keys in keyRank order (then alphabetical),
// indented, without HTML escaping. The order is fixed, so the bytes are too.
func MarshalIndented(document any) ([]byte, error) {
	generic, err := genericJSON(document)
	if err != nil {
		return nil, err
	}
	var compact bytes.Buffer
	if err := writeOrdered(&compact, generic); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, compact.Bytes(), "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

func writeOrdered(buf *bytes.Buffer, value any) error {
	switch v := value.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for key := range v {
			keys = append(keys, key)
		}
		sort.Slice(keys, func(i, j int) bool {
			if keyRank(keys[i]) != keyRank(keys[j]) {
				return keyRank(keys[i]) < keyRank(keys[j])
			}
			return keys[i] < keys[j]
		})
		buf.WriteByte('{')
		for i, key := range keys {
			if i > 0 {
				buf.WriteByte(',')
			}
			if err := writeScalar(buf, key); err != nil {
				return err
			}
			buf.WriteByte(':')
			if err := writeOrdered(buf, v[key]); err != nil {
				return err
			}
		}
		buf.WriteByte('}')
	case []any:
		buf.WriteByte('[')
		for i, item := range v {
			if i > 0 {
				buf.WriteByte(',')
			}
			if err := writeOrdered(buf, item); err != nil {
				return err
			}
		}
		buf.WriteByte(']')
	default:
		return writeScalar(buf, v)
	}
	return nil
}

func writeScalar(buf *bytes.Buffer, value any) error {
	encoder := json.NewEncoder(buf)
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(value); err != nil {
		return err
	}
	buf.Truncate(buf.Len() - 1) // Encode's newline
	return nil
}
