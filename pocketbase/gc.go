package main

import (
	"os"
	"runtime/debug"
)

// Hook handlers run in goja, which allocates for every value passing between JS and Go: at Go's
// default GOGC of 100 the collector's own workers took an eighth of the CPU under grading load.
// 200 makes it run half as often for about 100 MB more at peak (bench/grading.bench.mjs);
// GOGC in the environment still decides.
func init() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
}
