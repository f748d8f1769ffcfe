package credentials

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTheIssuerKeyIsCreatedOnceWithMode0600AndReadBackUnchanged(t *testing.T) {
	dir := t.TempDir()
	first, created, err := LoadOrCreateKey(dir)
	if err != nil || !created {
		t.Fatalf("first start: created=%v err=%v", created, err)
	}
	info, err := os.Stat(filepath.Join(dir, KeyPath))
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode = %v, want 0600", info.Mode().Perm())
	}
	second, created, err := LoadOrCreateKey(dir)
	if err != nil || created {
		t.Fatalf("second start: created=%v err=%v", created, err)
	}
	if !first.Equal(second) {
		t.Fatal("the second start read a different key")
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, "issuer", ".*.tmp"))
	if len(leftovers) > 0 {
		t.Fatalf("temporary files left behind: %v", leftovers)
	}
}

func TestAWidenedKeyFileModeIsRestrictedAgainOnLoad(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := LoadOrCreateKey(dir); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, KeyPath)
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := LoadOrCreateKey(dir); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode = %v after load, want 0600", info.Mode().Perm())
	}
}

func TestADamagedKeyIsAnErrorAndIsNeverReplaced(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, KeyPath)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, created, err := LoadOrCreateKey(dir)
	if err == nil || created || !strings.Contains(err.Error(), "restore it from a backup") {
		t.Fatalf("created=%v err=%v, want an error that says to restore", created, err)
	}
	if content, _ := os.ReadFile(path); string(content) != "not a key" {
		t.Fatal("the damaged key file was overwritten")
	}
}
