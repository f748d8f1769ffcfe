package main

import (
	"errors"
	"io/fs"
	"net/http"
	"os"
	"strings"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/router"
)

// siteLanguages are the first path segments that name a language; the 404 page speaks the one in
// the path, and Georgian, the default, elsewhere.
var siteLanguages = []string{"ka", "en", "az", "hy"}

// staticSite serves the built site with the headers a public site needs: caching that lets phones
// keep hashed assets for a year and revalidate pages, framing refused, and a translated HTML 404.
// The pages carry their own script and style policy (a CSP <meta> from the Astro build); the header
// adds what a <meta> cannot say.
func staticSite(publicDir string, indexFallback bool) func(*core.RequestEvent) error {
	site := os.DirFS(publicDir)
	serve := apis.Static(site, indexFallback)
	return func(e *core.RequestEvent) error {
		header := e.Response.Header()
		header.Set("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'")
		header.Set("X-Frame-Options", "DENY")
		header.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		header.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()")
		if strings.HasPrefix(e.Request.URL.Path, "/_astro/") {
			// Astro names these files by their content hash: a new build makes new names.
			header.Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			// Pages, the service worker and search files keep their names: check for a newer one each time.
			header.Set("Cache-Control", "no-cache")
		}
		err := serve(e)
		var apiErr *router.ApiError
		if err != nil && errors.As(err, &apiErr) && apiErr.Status == http.StatusNotFound {
			return notFoundPage(e, site)
		}
		return err
	}
}

func notFoundPage(e *core.RequestEvent, site fs.FS) error {
	lang := siteLanguages[0]
	first := strings.SplitN(strings.TrimPrefix(e.Request.URL.Path, "/"), "/", 2)[0]
	for _, candidate := range siteLanguages {
		if first == candidate {
			lang = candidate
		}
	}
	page, err := fs.ReadFile(site, lang+"/404/index.html")
	if err != nil {
		return e.NotFoundError("", nil)
	}
	e.Response.Header().Set("Cache-Control", "no-cache")
	return e.HTML(http.StatusNotFound, string(page))
}
