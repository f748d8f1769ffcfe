package credentials

import (
	"crypto/ed25519"
	"fmt"
	"strconv"
	"time"
)

// Languages in the order the credential falls back through when a text is missing in the
// certificate's own language (Georgian is the platform's default).
var Languages = []string{"ka", "en", "az", "hy"}

// Certificate is what the credential says, read from a `certificates` record.
type Certificate struct {
	Code        string
	HolderName  string
	Kind        string // "course" or "program"
	Slug        string // the course's or programme's slug; empty for a manual certificate without one
	Lang        string
	Title       map[string]string
	Description map[string]string
	Criteria    map[string]string
	IssuerName  string
	IssuedAt    time.Time
	StatusIndex int
}

// Issuer is the deployment as a credential issuer.
type Issuer struct {
	Origin string // https://host[:port], from meta.appURL
	DID    string
	Signer Signer
}

// NewIssuer ties the issuer key to the deployment's public origin.
func NewIssuer(appURL string, signer Signer) (Issuer, error) {
	origin, err := Origin(appURL)
	if err != nil {
		return Issuer{}, err
	}
	did := DIDWeb(origin)
	signer.VerificationMethod = VerificationMethodID(did, signer.Key.Public().(ed25519.PublicKey))
	return Issuer{Origin: origin, DID: did, Signer: signer}, nil
}

// StatusListURL is where the revocation list of a given number is published.
func (i Issuer) StatusListURL(list int) string {
	return fmt.Sprintf("%s/api/ertad/credentials/status/%d", i.Origin, list)
}

// CredentialURL is the credential's id: the public verification page of its code.
func (i Issuer) CredentialURL(code string) string {
	return i.Origin + "/verify/" + code
}

// OpenBadge returns the signed Open Badges 3.0 credential of a certificate. validFrom and the
// proof's created are both the issue date, so the same record always gives the same bytes.
func (i Issuer) OpenBadge(c Certificate) (map[string]any, error) {
	if c.StatusIndex < 0 {
		return nil, fmt.Errorf("certificate %s has no status index", c.Code)
	}
	nameLang, name := pick(c.Title, c.Lang)
	if name == "" {
		return nil, fmt.Errorf("certificate %s has no achievement title", c.Code)
	}
	_, description := pick(c.Description, c.Lang)
	if description == "" {
		description = name
	}
	_, narrative := pick(c.Criteria, c.Lang)
	if narrative == "" {
		narrative = description
	}
	statusList := i.StatusListURL(c.StatusIndex / StatusListLength)
	index := strconv.Itoa(c.StatusIndex % StatusListLength)
	achievement := map[string]any{
		"id":              i.achievementID(c, nameLang),
		"type":            []string{"Achievement"},
		"achievementType": map[string]string{"course": "Course", "program": "LearningProgram"}[c.Kind],
		"name":            name,
		"description":     description,
		"criteria":        map[string]any{"narrative": narrative},
		"inLanguage":      nameLang,
	}
	if achievement["achievementType"] == "" {
		delete(achievement, "achievementType")
	}
	// Other language editions of the same achievement, each with its own title.
	var related []map[string]any
	for _, lang := range Languages {
		if title := c.Title[lang]; lang != nameLang && title != "" {
			related = append(related, map[string]any{
				"id": i.achievementID(c, lang), "type": []string{"Related"}, "inLanguage": lang, "name": title,
			})
		}
	}
	if len(related) > 0 {
		achievement["related"] = related
	}
	credential := map[string]any{
		"@context": []string{ContextCredentialsV2, ContextOpenBadgesV3},
		"id":       i.CredentialURL(c.Code),
		"type":     []string{"VerifiableCredential", "OpenBadgeCredential"},
		"name":     name,
		"issuer": map[string]any{
			"id": i.DID, "type": []string{"Profile"}, "name": c.IssuerName, "url": i.Origin + "/",
		},
		"validFrom": dateTimeStamp(c.IssuedAt),
		"credentialSubject": map[string]any{
			"type": []string{"AchievementSubject"},
			// The holder as the certificate names them; no account id or email leaves the server.
			"identifier": []map[string]any{{
				"type": "IdentityObject", "identityType": "name", "hashed": false, "identityHash": c.HolderName,
			}},
			"achievement": achievement,
		},
		"credentialStatus": map[string]any{
			"id":                   statusList + "#" + index,
			"type":                 "BitstringStatusListEntry",
			"statusPurpose":        "revocation",
			"statusListIndex":      index,
			"statusListCredential": statusList,
		},
	}
	return i.Signer.Sign(credential, c.IssuedAt)
}

// achievementID is the achievement's page on this site in a language; a manual certificate
// without a course or programme gets an id under its own verification URL.
func (i Issuer) achievementID(c Certificate, lang string) string {
	switch {
	case c.Slug != "" && c.Kind == "course":
		return fmt.Sprintf("%s/%s/courses/%s/", i.Origin, lang, c.Slug)
	case c.Slug != "" && c.Kind == "program":
		return fmt.Sprintf("%s/%s/programs/%s/", i.Origin, lang, c.Slug)
	default:
		return i.CredentialURL(c.Code) + "#achievement-" + lang
	}
}

// pick returns the text in lang, else the first language that has one.
func pick(texts map[string]string, lang string) (string, string) {
	if texts[lang] != "" {
		return lang, texts[lang]
	}
	for _, other := range Languages {
		if texts[other] != "" {
			return other, texts[other]
		}
	}
	return lang, ""
}
