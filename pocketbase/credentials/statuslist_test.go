package credentials

import (
	"bytes"
	"compress/gzip"
	"crypto/ed25519"
	"encoding/base64"
	"io"
	"testing"
	"time"
)

func decodeList(t *testing.T, encoded string) []byte {
	t.Helper()
	if encoded[0] != 'u' {
		t.Fatalf("encodedList %q lacks the base64url multibase prefix", encoded[:8])
	}
	zipped, err := base64.RawURLEncoding.DecodeString(encoded[1:])
	if err != nil {
		t.Fatal(err)
	}
	reader, err := gzip.NewReader(bytes.NewReader(zipped))
	if err != nil {
		t.Fatal(err)
	}
	bits, err := io.ReadAll(reader)
	if err != nil {
		t.Fatal(err)
	}
	return bits
}

func TestTheStatusListSetsExactlyTheRevokedBitsLeftToRight(t *testing.T) {
	encoded, err := EncodeStatusList([]int{0, 9, 131071})
	if err != nil {
		t.Fatal(err)
	}
	bits := decodeList(t, encoded)
	if len(bits)*8 != 131072 {
		t.Fatalf("list has %d bits, want 131072", len(bits)*8)
	}
	if bits[0] != 0x80 || bits[1] != 0x40 || bits[len(bits)-1] != 0x01 {
		t.Fatalf("first bytes %08b %08b, last %08b", bits[0], bits[1], bits[len(bits)-1])
	}
	set := 0
	for _, b := range bits {
		for ; b != 0; b &= b - 1 {
			set++
		}
	}
	if set != 3 {
		t.Fatalf("%d bits set, want 3", set)
	}
	if _, err := EncodeStatusList([]int{131072}); err == nil {
		t.Fatal("an index past the end was accepted")
	}
}

func TestTheStatusListCredentialIsSignedAndStableUntilTheNextRevocation(t *testing.T) {
	issuer := testIssuer(t)
	changed := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	first := must(issuer.StatusListCredential(0, []int{4242}, changed))
	if err := Verify(reread(t, first), issuer.Signer.Key.Public().(ed25519.PublicKey)); err != nil {
		t.Fatalf("status list proof: %v", err)
	}
	again := must(issuer.StatusListCredential(0, []int{4242}, changed))
	if first["proof"].(map[string]any)["proofValue"] != again["proof"].(map[string]any)["proofValue"] {
		t.Fatal("the same list signed twice differs")
	}
	subject := first["credentialSubject"].(map[string]any)
	if subject["statusPurpose"] != "revocation" || first["id"] != "https://learn.example.ge/api/ertad/credentials/status/0" {
		t.Fatalf("status list %v for %v", first["id"], subject["statusPurpose"])
	}
	if bits := decodeList(t, subject["encodedList"].(string)); bits[4242/8] != 0x80>>(4242%8) {
		t.Fatalf("bit 4242 not set: %08b", bits[4242/8])
	}
}

func TestAnEmptyStatusListCarriesNoDates(t *testing.T) {
	credential := must(testIssuer(t).StatusListCredential(0, nil, time.Time{}))
	if _, has := credential["validFrom"]; has {
		t.Fatal("validFrom on a list that never changed")
	}
	if _, has := credential["proof"].(map[string]any)["created"]; has {
		t.Fatal("proof.created on a list that never changed")
	}
}
