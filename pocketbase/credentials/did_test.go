package credentials

import "testing"

func TestDIDWebPercentEncodesThePortAndDropsThePath(t *testing.T) {
	cases := map[string]string{
		"https://learn.example.ge":            "did:web:learn.example.ge",
		"https://Learn.Example.GE/":           "did:web:learn.example.ge",
		"http://127.0.0.1:8090":               "did:web:127.0.0.1%3A8090",
		"https://ngo.example.org:8443/ertad/": "did:web:ngo.example.org%3A8443",
	}
	for appURL, want := range cases {
		origin, err := Origin(appURL)
		if err != nil {
			t.Fatalf("Origin(%q): %v", appURL, err)
		}
		if got := DIDWeb(origin); got != want {
			t.Errorf("DIDWeb(Origin(%q)) = %s, want %s", appURL, got, want)
		}
	}
}

func TestOriginRefusesAnApplicationURLThatIsNotAnAbsoluteHTTPURL(t *testing.T) {
	for _, appURL := range []string{"", "learn.example.ge", "ftp://learn.example.ge", "/relative"} {
		if _, err := Origin(appURL); err == nil {
			t.Errorf("Origin(%q) was accepted", appURL)
		}
	}
}
