package credentials

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"path/filepath"
	"strconv"
	"time"

	"github.com/pocketbase/pocketbase/core"
)

// mediaType is the VC Data Model 2.0 media type of a credential with an embedded proof.
const mediaType = "application/vc"

// Register loads (or on first start creates) the issuer key and adds the credential routes:
//
//	GET /.well-known/did.json                        the issuer's DID document
//	GET /api/ertad/certificates/{code}/credential    a certificate's signed Open Badges 3.0 credential
//	GET /api/ertad/credentials/status/{list}         a signed revocation Bitstring Status List
func Register(app core.App) {
	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		key, created, err := LoadOrCreateKey(e.App.DataDir())
		if err != nil {
			return err
		}
		if created {
			e.App.Logger().Info("Created the credential issuer key; back up the data folder, which now holds it",
				"path", filepath.Join(e.App.DataDir(), KeyPath))
		}
		routes := routes{key: key}
		e.Router.GET("/.well-known/did.json", routes.didDocument)
		e.Router.GET("/api/ertad/certificates/{code}/credential", routes.certificateCredential)
		e.Router.GET("/api/ertad/credentials/status/{list}", routes.statusList)
		return e.Next()
	})
}

type routes struct{ key ed25519.PrivateKey }

// issuer is built per request from the current Application URL, so a corrected setting takes
// effect without a restart.
func (r routes) issuer(app core.App) (Issuer, error) {
	return NewIssuer(app.Settings().Meta.AppURL, Signer{Key: r.key})
}

func (r routes) didDocument(e *core.RequestEvent) error {
	issuer, err := r.issuer(e.App)
	if err != nil {
		return e.InternalServerError(err.Error(), nil)
	}
	document := DIDDocument(issuer.DID, r.key.Public().(ed25519.PublicKey))
	return send(e, "application/did+json", "public, max-age=300", document)
}

// certificateCredential answers anyone who has the code: the code is the capability the holder
// hands out (it is printed on the PDF), and the credential says no more than the public
// verification page says for that code. Unknown codes get the same 404 as any missing record.
func (r routes) certificateCredential(e *core.RequestEvent) error {
	record, err := e.App.FindFirstRecordByData("certificates", "code", e.Request.PathValue("code"))
	if err != nil {
		return e.NotFoundError("", nil)
	}
	certificate, err := certificateFromRecord(e.App, record)
	if err != nil {
		return e.InternalServerError("", err)
	}
	issuer, err := r.issuer(e.App)
	if err != nil {
		return e.InternalServerError(err.Error(), nil)
	}
	credential, err := issuer.OpenBadge(certificate)
	if err != nil {
		return e.InternalServerError("", err)
	}
	e.Response.Header().Set("Content-Disposition", `attachment; filename="ertad-certificate-`+certificate.Code+`.json"`)
	return send(e, mediaType, "private, no-cache", credential)
}

func (r routes) statusList(e *core.RequestEvent) error {
	list, err := strconv.Atoi(e.Request.PathValue("list"))
	if err != nil || list < 0 || list > maxStatusList {
		return e.NotFoundError("", nil)
	}
	revoked, changed, err := revokedInList(e.App, list)
	if err != nil {
		return e.InternalServerError("", err)
	}
	issuer, err := r.issuer(e.App)
	if err != nil {
		return e.InternalServerError(err.Error(), nil)
	}
	credential, err := issuer.StatusListCredential(list, revoked, changed)
	if err != nil {
		return e.InternalServerError("", err)
	}
	// Short: a verifier should learn of a revocation within a minute.
	return send(e, mediaType, "public, max-age=60", credential)
}

// send writes a JSON document with an ETag of its bytes, answering 304 when the client has them.
func send(e *core.RequestEvent, contentType, cacheControl string, document any) error {
	body, err := MarshalIndented(document)
	if err != nil {
		return e.InternalServerError("", err)
	}
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:16]) + `"`
	header := e.Response.Header()
	header.Set("Cache-Control", cacheControl)
	header.Set("ETag", etag)
	if e.Request.Header.Get("If-None-Match") == etag {
		return e.NoContent(http.StatusNotModified)
	}
	return e.Blob(http.StatusOK, contentType, body)
}

// maxStatusList bounds the list numbers the route answers for: the collection's statusIndex
// field stays below one list today.
const maxStatusList = 0

func revokedInList(app core.App, list int) (indexes []int, changed time.Time, err error) {
	records, err := app.FindRecordsByFilter("certificates", "status = 'revoked'", "", 0, 0)
	if err != nil {
		return nil, time.Time{}, err
	}
	for _, record := range records {
		index := record.GetInt("statusIndex")
		if index/StatusListLength != list {
			continue
		}
		indexes = append(indexes, index%StatusListLength)
		when := record.GetDateTime("revokedAt").Time()
		if when.IsZero() {
			when = record.GetDateTime("updated").Time()
		}
		if when.After(changed) {
			changed = when
		}
	}
	return indexes, changed, nil
}

func certificateFromRecord(app core.App, record *core.Record) (Certificate, error) {
	certificate := Certificate{
		Code:        record.GetString("code"),
		HolderName:  record.GetString("holderName"),
		Kind:        record.GetString("kind"),
		Lang:        record.GetString("lang"),
		IssuerName:  record.GetString("issuerName"),
		IssuedAt:    record.GetDateTime("issuedAt").Time(),
		StatusIndex: record.GetInt("statusIndex"),
	}
	for field, target := range map[string]*map[string]string{
		"achievementTitle":       &certificate.Title,
		"achievementDescription": &certificate.Description,
		"criteria":               &certificate.Criteria,
	} {
		// An empty JSON field reads as null, which leaves the map empty.
		if err := record.UnmarshalJSONField(field, target); err != nil {
			return certificate, err
		}
	}
	collection := map[string]string{"course": "courses", "program": "programs"}[certificate.Kind]
	if id := record.GetString(certificate.Kind); collection != "" && id != "" {
		achievement, err := app.FindRecordById(collection, id)
		if err != nil {
			return certificate, err
		}
		certificate.Slug = achievement.GetString("slug")
	}
	return certificate, nil
}
