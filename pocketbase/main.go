// Ertad's server: PocketBase as a framework with JS hooks and JS migrations.
// It follows PocketBase's examples/base without the ghupdate plugin, whose
// `update` command would replace this build with upstream PocketBase.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/plugins/jsvm"
	"github.com/pocketbase/pocketbase/plugins/migratecmd"
	"github.com/pocketbase/pocketbase/tools/hook"

	"ertad/pocketbase/credentials"
)

func main() {
	// Never dev mode by default: PocketBase guesses `go run` from a binary under the temp folder
	// (a checkout in /tmp) and would then print every SQL statement. `--dev` still turns it on.
	app := pocketbase.NewWithConfig(pocketbase.Config{DefaultDev: false})

	// Flag names match upstream PocketBase so that scripts work with a downloaded binary too.
	var hooksDir, migrationsDir, publicDir string
	var hooksWatch, automigrate, indexFallback bool
	var hooksPool int
	flags := app.RootCmd.PersistentFlags()
	flags.StringVar(&hooksDir, "hooksDir", "pocketbase/pb_hooks", "the directory with the JS app hooks")
	flags.BoolVar(&hooksWatch, "hooksWatch", true, "auto restart the app on pb_hooks file change")
	flags.IntVar(&hooksPool, "hooksPool", 15, "the total prewarm goja.Runtime instances for the JS app hooks execution")
	flags.StringVar(&migrationsDir, "migrationsDir", "pocketbase/pb_migrations", "the directory with the JS migrations")
	flags.BoolVar(&automigrate, "automigrate", false, "write a migration for every collection change made in the dashboard")
	flags.StringVar(&publicDir, "publicDir", "dist", "the directory with the built site")
	// A static multi-page site answers 404 for a missing page instead of an SPA's index.html.
	flags.BoolVar(&indexFallback, "indexFallback", false, "fall back to index.html on a missing static path")
	app.RootCmd.ParseFlags(os.Args[1:])

	jsvm.MustRegister(app, jsvm.Config{
		MigrationsDir: migrationsDir,
		HooksDir:      hooksDir,
		HooksWatch:    hooksWatch,
		HooksPoolSize: hooksPool,
		OnInit: func(vm *goja.Runtime) {
			vm.Set("ertadBodyCap", bodyCap)
		},
	})

	migratecmd.MustRegister(app, app.RootCmd, migratecmd.Config{
		TemplateLang: migratecmd.TemplateLangJS,
		Automigrate:  automigrate,
		Dir:          migrationsDir,
	})

	// Signed Open Badges 3.0 credentials, the issuer's DID document and the revocation list.
	credentials.Register(app)

	app.OnServe().Bind(&hook.Handler[*core.ServeEvent]{
		Func: func(e *core.ServeEvent) error {
			// A server has no browser to open: print the first-superuser link only.
			e.InstallerFunc = printInstallerLink
			e.Router.Bind(perUserLimit())
			if !e.Router.HasRoute(http.MethodGet, "/{path...}") {
				// Compressed: pages, scripts and search shards reach phones on weak rural connections.
				e.Router.GET("/{path...}", staticSite(publicDir, indexFallback)).
					Bind(apis.GzipWithConfig(apis.GzipConfig{MinLength: 1024}))
			}
			return e.Next()
		},
		Priority: 999, // last, so that hooks can claim their own routes first
	})

	if err := app.Start(); err != nil {
		log.Fatal(err)
	}
}

// printInstallerLink tells the operator of an empty database how to create the first superuser,
// like PocketBase's default installer but without launching a browser on the server.
func printInstallerLink(app core.App, systemSuperuser *core.Record, baseURL string) error {
	token, err := systemSuperuser.NewStaticAuthToken(30 * time.Minute)
	if err != nil {
		return err
	}
	fmt.Printf("\n(!) No superuser yet. Open this link within 30 minutes to create the first one:\n%s/_/#/pbinstall/%s\n", strings.TrimRight(baseURL, "/"), token)
	fmt.Printf("(or run: %s superuser create EMAIL PASSWORD --dir=%s)\n\n", os.Args[0], app.DataDir())
	return nil
}
