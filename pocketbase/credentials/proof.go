package credentials

import (
	"crypto/ed25519"
	"crypto/sha256"
	"errors"
	"fmt"
	"maps"
	"strings"
	"time"
)

const (
	proofType   = "DataIntegrityProof"
	cryptosuite = "eddsa-rdfc-2022"
)

// Signer adds eddsa-rdfc-2022 Data Integrity proofs made with the issuer key.
type Signer struct {
	Key                ed25519.PrivateKey
	VerificationMethod string
}

// dateTimeStamp formats a time as the XSD dateTimeStamp the proof and validFrom carry.
func dateTimeStamp(t time.Time) string {
	return t.UTC().Truncate(time.Second).Format(time.RFC3339)
}

// Sign returns a copy of document, as plain JSON values and without control characters, with a proof (W3C vc-di-eddsa, eddsa-rdfc-2022). created is
// the proof's creation time (none when zero); passing the record's own date keeps the output byte-identical
// for the same record, since Ed25519 signatures are deterministic.
func (s Signer) Sign(document map[string]any, created time.Time) (map[string]any, error) {
	if _, has := document["proof"]; has {
		return nil, errors.New("the document already has a proof")
	}
	generic, err := genericJSON(document)
	if err != nil {
		return nil, err
	}
	document = withoutControlCharacters(generic).(map[string]any)
	proof := map[string]any{
		"type":               proofType,
		"cryptosuite":        cryptosuite,
		"verificationMethod": s.VerificationMethod,
		"proofPurpose":       "assertionMethod",
	}
	if !created.IsZero() {
		proof["created"] = dateTimeStamp(created)
	}
	hash, err := hashData(document, proof)
	if err != nil {
		return nil, err
	}
	proof["proofValue"] = "z" + base58Encode(ed25519.Sign(s.Key, hash))
	document["proof"] = proof
	return document, nil
}

// Verify checks a document's eddsa-rdfc-2022 proof against a public key. The acceptance tests use
// an independent verifier; this one serves the Go unit tests.
func Verify(signed map[string]any, public ed25519.PublicKey) error {
	proof, ok := signed["proof"].(map[string]any)
	if !ok {
		return errors.New("no single proof object")
	}
	if proof["type"] != proofType || proof["cryptosuite"] != cryptosuite {
		return fmt.Errorf("unsupported proof %v/%v", proof["type"], proof["cryptosuite"])
	}
	value, _ := proof["proofValue"].(string)
	if !strings.HasPrefix(value, "z") {
		return errors.New("proofValue is not base58btc multibase")
	}
	signature, err := base58Decode(value[1:])
	if err != nil {
		return err
	}
	document := maps.Clone(signed)
	delete(document, "proof")
	options := maps.Clone(proof)
	delete(options, "proofValue")
	hash, err := hashData(document, options)
	if err != nil {
		return err
	}
	if !ed25519.Verify(public, hash, signature) {
		return errors.New("invalid signature")
	}
	return nil
}

// hashData is SHA-256 of the canonical proof options (with the document's @context) followed by
// SHA-256 of the canonical document.
func hashData(document, proofOptions map[string]any) ([]byte, error) {
	config := maps.Clone(proofOptions)
	config["@context"] = document["@context"]
	canonicalConfig, err := canonize(config)
	if err != nil {
		return nil, fmt.Errorf("proof options: %w", err)
	}
	canonicalDocument, err := canonize(document)
	if err != nil {
		return nil, fmt.Errorf("document: %w", err)
	}
	configHash := sha256.Sum256([]byte(canonicalConfig))
	documentHash := sha256.Sum256([]byte(canonicalDocument))
	return append(configHash[:], documentHash[:]...), nil
}

// withoutControlCharacters drops U+0000–U+001F (except tab, line feed and carriage return) and
// U+007F from every string. RDFC-1.0 writes those characters as escapes in the canonical N-Quads
// while json-gold writes them raw, so a verifier would hash different bytes; none of them belongs
// in a name, title or description anyway.
func withoutControlCharacters(value any) any {
	switch v := value.(type) {
	case map[string]any:
		for key, item := range v {
			v[key] = withoutControlCharacters(item)
		}
	case []any:
		for i, item := range v {
			v[i] = withoutControlCharacters(item)
		}
	case string:
		return strings.Map(func(r rune) rune {
			if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f {
				return -1
			}
			return r
		}, v)
	}
	return value
}
