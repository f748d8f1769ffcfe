package credentials

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestCredentialsAreWrittenContextIdTypeFirstAndProofLast(t *testing.T) {
	certificate := testCertificate()
	certificate.IssuerName = "Partners <Ertad> & Co"
	credential := must(testIssuer(t).OpenBadge(certificate))
	raw, err := MarshalIndented(credential)
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	order := []string{`"@context"`, `"id": "https://learn.example.ge/verify/`, `"type": [`, `"credentialStatus"`, `"validFrom"`, `"proof"`}
	last := -1
	for _, marker := range order {
		at := strings.Index(text, marker)
		if at <= last {
			t.Fatalf("%s is at %d, not after %d:\n%s", marker, at, last, text)
		}
		last = at
	}
	if !strings.Contains(text, "Partners <Ertad> & Co") || !strings.Contains(text, "ნინო ბერიძე") {
		t.Fatalf("text was escaped:\n%s", text)
	}
	var back map[string]any
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, reread(t, credential)) {
		t.Fatal("the ordered JSON does not decode to the same credential")
	}
}
