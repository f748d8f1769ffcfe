package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/router"
)

// bodyCap replaces PocketBase's 32 MB default body limit on one route. Unlike apis.BodyLimit its 413
// says what the route accepts, also when a chunked body only turns out too large while being read.
// The hooks call it as ertadBodyCap(bytes) through pb_hooks/lib/request-limits.js.
func bodyCap(limitBytes int64) *hook.Handler[*core.RequestEvent] {
	message := fmt.Sprintf("The request body is too large: this address accepts at most %d KB. Send less, for example a shorter text.", limitBytes/1024)
	tooLarge := func(e *core.RequestEvent) error {
		// The rest of the body is still on its way: end the connection rather than read it.
		e.Response.Header().Set("Connection", "close")
		return router.NewApiError(http.StatusRequestEntityTooLarge, message, nil)
	}
	return &hook.Handler[*core.RequestEvent]{
		Id:       apis.DefaultBodyLimitMiddlewareId,
		Priority: apis.DefaultBodyLimitMiddlewarePriority,
		Func: func(e *core.RequestEvent) error {
			if e.Request.ContentLength > limitBytes {
				return tooLarge(e)
			}
			body := &cappedBody{ReadCloser: e.Request.Body, remaining: limitBytes}
			e.Request.Body = body
			err := e.Next()
			if body.exceeded {
				return tooLarge(e)
			}
			return err
		},
	}
}

// cappedBody stops reading past the cap, so an oversized body is never held in memory whole.
type cappedBody struct {
	io.ReadCloser
	remaining int64
	exceeded  bool
}

func (b *cappedBody) Read(p []byte) (int, error) {
	if b.remaining < 0 || b.exceeded {
		b.exceeded = true
		return 0, apis.ErrRequestEntityTooLarge
	}
	n, err := b.ReadCloser.Read(p)
	b.remaining -= int64(n)
	if b.remaining < 0 {
		b.exceeded = true
		return n, apis.ErrRequestEntityTooLarge
	}
	return n, err
}

// Reread passes PocketBase's rewind of a parsed body on to the reader beneath.
func (b *cappedBody) Reread() {
	if rereader, ok := b.ReadCloser.(router.Rereader); ok {
		rereader.Reread()
	}
}

// perUserRuleLabel names the rate-limit rule (Settings > Rate limiting) that caps each signed-in
// account on /api/ertad/; PocketBase's own rules count per IP address, and a training room
// behind one address must not share a single allowance.
const perUserRuleLabel = "ertad_per_user"

// perUserLimit applies the ertad_per_user rule per account, with the same exemptions as
// PocketBase's limiter: limits off, superusers, excluded IPs.
func perUserLimit() *hook.Handler[*core.RequestEvent] {
	windows := &fixedWindows{counts: map[string]*window{}}
	return &hook.Handler[*core.RequestEvent]{
		Id:       "ertadPerUserRateLimit",
		Priority: apis.DefaultRateLimitMiddlewarePriority + 1,
		Func: func(e *core.RequestEvent) error {
			if e.Auth == nil || !strings.HasPrefix(e.Request.URL.Path, "/api/ertad/") || skipRateLimit(e) {
				return e.Next()
			}
			for _, rule := range e.App.Settings().RateLimits.Rules {
				if rule.Label == perUserRuleLabel && !windows.allow(e.Auth.Id, rule.MaxRequests, rule.DurationTime()) {
					return router.NewTooManyRequestsError("Too many requests from this account: wait a minute and try again.", nil)
				}
			}
			return e.Next()
		},
	}
}

func skipRateLimit(e *core.RequestEvent) bool {
	limits := e.App.Settings().RateLimits
	if !limits.Enabled || e.HasSuperuserAuth() {
		return true
	}
	ip := net.ParseIP(e.RealIP())
	for _, excluded := range limits.ExcludedIPs {
		if _, subnet, err := net.ParseCIDR(excluded); err == nil && ip != nil && subnet.Contains(ip) {
			return true
		}
		if excluded == e.RealIP() {
			return true
		}
	}
	return false
}

type window struct {
	start time.Time
	count int
}

// fixedWindows counts requests per key in fixed windows; expired windows are dropped as new ones open.
type fixedWindows struct {
	mu     sync.Mutex
	counts map[string]*window
}

func (f *fixedWindows) allow(key string, max int, length time.Duration) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	now := time.Now()
	current := f.counts[key]
	if current == nil || now.Sub(current.start) >= length {
		if len(f.counts) >= 10000 {
			for k, w := range f.counts {
				if now.Sub(w.start) >= length {
					delete(f.counts, k)
				}
			}
		}
		f.counts[key] = &window{start: now, count: 1}
		return true
	}
	if current.count >= max {
		return false
	}
	current.count++
	return true
}
