package credentials

import (
	"fmt"

	"github.com/piprate/json-gold/ld"
)

// canonize returns the RDFC-1.0 (URDNA2015) canonical N-Quads of a JSON-LD document. Like the
// safe mode of Digital Bazaar's verifiers, it refuses a document with a property that its
// contexts do not define: such a property would be dropped from the signature unnoticed.
func canonize(document any) (string, error) {
	input, err := genericJSON(document)
	if err != nil {
		return "", err
	}
	options := ld.NewJsonLdOptions("")
	options.DocumentLoader = embeddedLoader{}
	options.SafeMode = true
	dataset, err := ld.NewJsonLdProcessor().ToRDF(input, options)
	if err != nil {
		return "", fmt.Errorf("JSON-LD to RDF: %w", err)
	}
	options.Algorithm = ld.AlgorithmURDNA2015
	options.Format = "application/n-quads"
	nquads, err := ld.NewJsonLdApi().Normalize(dataset.(*ld.RDFDataset), options)
	if err != nil {
		return "", fmt.Errorf("RDF canonicalisation: %w", err)
	}
	return nquads.(string), nil
}
