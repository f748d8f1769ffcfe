package credentials

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func testIssuer(t *testing.T) Issuer {
	t.Helper()
	key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))
	issuer, err := NewIssuer("https://learn.example.ge", Signer{Key: key})
	if err != nil {
		t.Fatal(err)
	}
	return issuer
}

func testCertificate() Certificate {
	return Certificate{
		Code:        "K7MQ-2XHT-9PWC-RJ4N-B8DZ-FG3V-QS6E",
		HolderName:  "ნინო ბერიძე",
		Kind:        "course",
		Slug:        "gesi-basics",
		Lang:        "ka",
		Title:       map[string]string{"ka": "გენდერული თანასწორობა", "en": "Gender equality basics", "hy": "Գենդերային հավասարություն"},
		Description: map[string]string{"ka": "აღწერა", "en": "What the course covers"},
		Criteria:    map[string]string{"en": "Every module read and every quiz passed"},
		IssuerName:  "Ertad Civil Society Network",
		IssuedAt:    time.Date(2026, 11, 30, 9, 15, 42, 123e6, time.UTC),
		StatusIndex: 4242,
	}
}

func TestAnOpenBadgeVerifiesWithTheIssuerKey(t *testing.T) {
	issuer := testIssuer(t)
	credential, err := issuer.OpenBadge(testCertificate())
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(reread(t, credential), issuer.Signer.Key.Public().(ed25519.PublicKey)); err != nil {
		t.Fatalf("verification failed: %v", err)
	}
	proof := credential["proof"].(map[string]any)
	if proof["created"] != "2026-11-30T09:15:42Z" || credential["validFrom"] != "2026-11-30T09:15:42Z" {
		t.Fatalf("created %v, validFrom %v: both should be the issue date", proof["created"], credential["validFrom"])
	}
	if !strings.HasPrefix(proof["verificationMethod"].(string), "did:web:learn.example.ge#z6Mk") {
		t.Fatalf("verificationMethod %v is not the issuer's Multikey", proof["verificationMethod"])
	}
}

func TestTheSameCertificateGivesTheSameCredentialBytes(t *testing.T) {
	issuer := testIssuer(t)
	first, _ := json.Marshal(must(issuer.OpenBadge(testCertificate())))
	second, _ := json.Marshal(must(issuer.OpenBadge(testCertificate())))
	if !bytes.Equal(first, second) {
		t.Fatal("two signings of one certificate differ")
	}
}

func TestChangingAnyIssuedFieldBreaksTheSignature(t *testing.T) {
	issuer := testIssuer(t)
	public := issuer.Signer.Key.Public().(ed25519.PublicKey)
	tamperings := map[string]func(map[string]any){
		"holder name": func(c map[string]any) {
			subject := c["credentialSubject"].(map[string]any)
			subject["identifier"].([]any)[0].(map[string]any)["identityHash"] = "Someone Else"
		},
		"achievement name": func(c map[string]any) {
			c["credentialSubject"].(map[string]any)["achievement"].(map[string]any)["name"] = "Another course"
		},
		"issue date": func(c map[string]any) { c["validFrom"] = "2020-01-01T00:00:00Z" },
		"status index": func(c map[string]any) {
			c["credentialStatus"].(map[string]any)["statusListIndex"] = "1"
		},
		"proof date": func(c map[string]any) { c["proof"].(map[string]any)["created"] = "2020-01-01T00:00:00Z" },
	}
	for name, tamper := range tamperings {
		credential := reread(t, must(issuer.OpenBadge(testCertificate())))
		tamper(credential)
		if err := Verify(credential, public); err == nil {
			t.Errorf("changing the %s left the proof valid", name)
		}
	}
}

func TestTheAchievementNamesItsOtherLanguageEditions(t *testing.T) {
	credential := must(testIssuer(t).OpenBadge(testCertificate()))
	achievement := credential["credentialSubject"].(map[string]any)["achievement"].(map[string]any)
	if achievement["id"] != "https://learn.example.ge/ka/courses/gesi-basics/" || achievement["inLanguage"] != "ka" {
		t.Fatalf("achievement id %v in %v", achievement["id"], achievement["inLanguage"])
	}
	related := achievement["related"].([]any)
	if len(related) != 2 || related[0].(map[string]any)["inLanguage"] != "en" ||
		related[1].(map[string]any)["name"] != "Գենդերային հավասարություն" {
		t.Fatalf("related editions: %v", related)
	}
	// No criteria in Georgian: the English text stands in rather than nothing.
	if achievement["criteria"].(map[string]any)["narrative"] != "Every module read and every quiz passed" {
		t.Fatalf("criteria: %v", achievement["criteria"])
	}
}

func TestAPropertyOutsideTheContextsIsRefusedRatherThanLeftUnsigned(t *testing.T) {
	issuer := testIssuer(t)
	document := map[string]any{
		"@context":          []string{ContextCredentialsV2},
		"type":              []string{"VerifiableCredential"},
		"issuer":            issuer.DID,
		"credentialSubject": map[string]any{"favouriteColour": "green"},
	}
	if _, err := issuer.Signer.Sign(document, time.Time{}); err == nil {
		t.Fatal("an undefined property was signed")
	}
}

// reread returns the credential as a verifier reads it from the wire.
func reread(t *testing.T, credential map[string]any) map[string]any {
	t.Helper()
	raw, err := json.Marshal(credential)
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func must(credential map[string]any, err error) map[string]any {
	if err != nil {
		panic(err)
	}
	return credential
}

func TestControlCharactersAreDroppedSoEveryVerifierHashesTheSameText(t *testing.T) {
	certificate := testCertificate()
	certificate.Description = map[string]string{"ka": "line one\nline\ttwo \"quoted\" back\\slash\x07\x0b\x7f end"}
	credential := must(testIssuer(t).OpenBadge(certificate))
	description := credential["credentialSubject"].(map[string]any)["achievement"].(map[string]any)["description"]
	if description != "line one\nline\ttwo \"quoted\" back\\slash end" {
		t.Fatalf("description = %q", description)
	}
}
