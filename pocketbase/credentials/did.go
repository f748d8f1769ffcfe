package credentials

import (
	"crypto/ed25519"
	"fmt"
	"net/url"
	"strings"
)

// Origin is the deployment's public origin (scheme://host[:port]) taken from PocketBase's
// meta.appURL setting.
func Origin(appURL string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(appURL))
	if err != nil || u.Hostname() == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return "", fmt.Errorf("the Application URL setting (%q) is not an absolute http(s) URL; set it in /_/ → Settings to the address people reach this server at", appURL)
	}
	return u.Scheme + "://" + strings.ToLower(u.Host), nil
}

// DIDWeb is the did:web identifier of an origin: the host, with a port percent-encoded as
// did:web requires (https://example.org:8443 → did:web:example.org%3A8443). did:web resolves to
// https://<host>/.well-known/did.json, so the issuer is tied to this hostname.
func DIDWeb(origin string) string {
	u, _ := url.Parse(origin)
	id := "did:web:" + strings.ReplaceAll(strings.ToLower(u.Hostname()), ":", "%3A")
	if port := u.Port(); port != "" {
		id += "%3A" + port
	}
	return id
}

// VerificationMethodID names the issuer key inside the DID document by its Multikey form, so a
// replaced key gets a new id rather than silently reusing the old one.
func VerificationMethodID(did string, public ed25519.PublicKey) string {
	return did + "#" + publicKeyMultibase(public)
}

// DIDDocument lists the issuer key as the only method allowed to assert credentials.
func DIDDocument(did string, public ed25519.PublicKey) map[string]any {
	method := VerificationMethodID(did, public)
	return map[string]any{
		"@context": []string{"https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"},
		"id":       did,
		"verificationMethod": []map[string]any{{
			"id":                 method,
			"type":               "Multikey",
			"controller":         did,
			"publicKeyMultibase": publicKeyMultibase(public),
		}},
		"assertionMethod": []string{method},
	}
}
