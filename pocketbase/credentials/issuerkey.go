package credentials

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// KeyPath is where the issuer's signing key lives, relative to the data folder: inside it so that
// backups of the folder carry the key, outside the database and storage so no API can reach it.
const KeyPath = "issuer/ed25519.key"

// LoadOrCreateKey reads the issuer key from the data folder, or on first start generates one and
// writes it there (PKCS #8 PEM, mode 0600). created says which happened. An existing key that
// cannot be read is an error, never a reason to make a new one: that would orphan every
// credential signed so far.
func LoadOrCreateKey(dataDir string) (key ed25519.PrivateKey, created bool, err error) {
	path := filepath.Join(dataDir, KeyPath)
	key, err = readKey(path)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return key, false, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, false, err
	}
	_, key, err = ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, false, err
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, false, err
	}
	temp, err := os.CreateTemp(filepath.Dir(path), ".ed25519-*.tmp")
	if err != nil {
		return nil, false, err
	}
	defer os.Remove(temp.Name())
	if err := writeAndSync(temp, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})); err != nil {
		return nil, false, err
	}
	// A hard link never replaces an existing file: if another process won the race, use its key.
	if err := os.Link(temp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			key, err = readKey(path)
			return key, false, err
		}
		return nil, false, err
	}
	return key, true, nil
}

func writeAndSync(file *os.File, content []byte) error {
	defer file.Close()
	if err := file.Chmod(0o600); err != nil {
		return err
	}
	if _, err := file.Write(content); err != nil {
		return err
	}
	return file.Sync()
}

func readKey(path string) (ed25519.PrivateKey, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	// A restore or a copy may widen the mode; only the server's user should read the key.
	if info.Mode().Perm()&0o077 != 0 {
		if err := os.Chmod(path, 0o600); err != nil {
			return nil, fmt.Errorf("the issuer key %s is readable by other users and could not be restricted: %w", path, err)
		}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(raw)
	if block == nil || block.Type != "PRIVATE KEY" {
		return nil, fmt.Errorf("the issuer key %s is not a PEM \"PRIVATE KEY\"; restore it from a backup of the data folder", path)
	}
	parsed, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("the issuer key %s cannot be read (%v); restore it from a backup of the data folder", path, err)
	}
	key, ok := parsed.(ed25519.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("the issuer key %s is not an Ed25519 key; restore it from a backup of the data folder", path)
	}
	return key, nil
}
