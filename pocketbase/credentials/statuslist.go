package credentials

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"fmt"
	"time"
)

// StatusListLength is the number of bits in one status list: the minimum the W3C Bitstring
// Status List requires (16 KB), so a list does not reveal how many certificates exist.
const StatusListLength = 131072

// EncodeStatusList returns the multibase (base64url, "u") of the gzipped bitstring in which the
// given indexes are set. Bit 0 is the most significant bit of the first byte, as the spec says.
func EncodeStatusList(set []int) (string, error) {
	bits := make([]byte, StatusListLength/8)
	for _, index := range set {
		if index < 0 || index >= StatusListLength {
			return "", fmt.Errorf("status index %d is outside the list", index)
		}
		bits[index/8] |= 0x80 >> (index % 8)
	}
	var zipped bytes.Buffer
	// No name and no modification time in the header: the same bits give the same bytes.
	writer, err := gzip.NewWriterLevel(&zipped, gzip.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := writer.Write(bits); err != nil {
		return "", err
	}
	if err := writer.Close(); err != nil {
		return "", err
	}
	return "u" + base64.RawURLEncoding.EncodeToString(zipped.Bytes()), nil
}

// StatusListCredential returns the signed BitstringStatusListCredential of list number `list`
// with the given bits (indexes within the list) set for revocation. changed is when the list
// last changed: its validFrom and the proof's created, so the output is the same until the
// next revocation (and can be cached by its hash).
func (i Issuer) StatusListCredential(list int, revoked []int, changed time.Time) (map[string]any, error) {
	encoded, err := EncodeStatusList(revoked)
	if err != nil {
		return nil, err
	}
	id := i.StatusListURL(list)
	credential := map[string]any{
		"@context": []string{ContextCredentialsV2},
		"id":       id,
		"type":     []string{"VerifiableCredential", "BitstringStatusListCredential"},
		"issuer":   i.DID,
		"credentialSubject": map[string]any{
			"id":            id + "#list",
			"type":          "BitstringStatusList",
			"statusPurpose": "revocation",
			"encodedList":   encoded,
		},
	}
	if !changed.IsZero() {
		credential["validFrom"] = dateTimeStamp(changed)
	}
	return i.Signer.Sign(credential, changed)
}
