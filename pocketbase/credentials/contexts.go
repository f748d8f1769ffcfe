package credentials

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"

	"github.com/piprate/json-gold/ld"
)

// The JSON-LD contexts are compiled in, so that signing never fetches anything at run time;
// contexts/README.md says where each file comes from and under which licence.
//
//go:embed contexts/*.json contexts/*.jsonld
var contextFiles embed.FS

const (
	ContextCredentialsV2 = "https://www.w3.org/ns/credentials/v2"
	ContextOpenBadgesV3  = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
)

var contextPaths = map[string]string{
	ContextCredentialsV2: "contexts/credentials-v2.jsonld",
	ContextOpenBadgesV3:  "contexts/ob-v3p0-context-3.0.3.json",
}

// embeddedLoader serves the compiled-in contexts and refuses every other URL.
type embeddedLoader struct{}

func (embeddedLoader) LoadDocument(url string) (*ld.RemoteDocument, error) {
	path, ok := contextPaths[url]
	if !ok {
		return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed,
			fmt.Sprintf("the context %s is not embedded in this server, and nothing is fetched at run time", url))
	}
	raw, err := contextFiles.ReadFile(path)
	if err != nil {
		return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed, err)
	}
	// Parsed on every load: the processor may keep references into the document.
	document, err := ld.DocumentFromReader(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	return &ld.RemoteDocument{DocumentURL: url, Document: document}, nil
}

// genericJSON turns Go values into the map[string]any / []any / string / float64 / bool shapes the
// JSON-LD processor understands, exactly as a verifier will read them from the served bytes.
func genericJSON(value any) (any, error) {
	raw, err := json.Marshal(value)
	if err != nil {
		return nil, err
	}
	var out any
	return out, json.Unmarshal(raw, &out)
}
