package credentials

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"testing"
)

func TestPublicKeyMultibaseMatchesTheMultikeyOfTheRFC8032Key(t *testing.T) {
	// RFC 8032 §7.1 test 1; the expected Multikey was computed with @digitalbazaar/ed25519-multikey.
	seed, _ := hex.DecodeString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
	public := ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey)
	if got, want := publicKeyMultibase(public), "z6MktwupdmLXVVqTzCw4i46r4uGyosGXRnR3XjN4Zq7oMMsw"; got != want {
		t.Fatalf("publicKeyMultibase = %s, want %s", got, want)
	}
}

func TestBase58KeepsLeadingZeroBytesAndRoundTrips(t *testing.T) {
	for _, data := range [][]byte{{}, {0}, {0, 0, 1}, {0xff, 0xfe, 0x00, 0x10}, bytes.Repeat([]byte{0xab}, 64)} {
		decoded, err := base58Decode(base58Encode(data))
		if err != nil || !bytes.Equal(decoded, data) {
			t.Fatalf("round trip of %x gave %x (%v)", data, decoded, err)
		}
	}
	if got := base58Encode([]byte{0, 0, 0x39}); got != "11z" {
		t.Fatalf("base58Encode = %q, want 11z", got)
	}
	if _, err := base58Decode("0OIl"); err == nil {
		t.Fatal("characters outside the alphabet were accepted")
	}
}
