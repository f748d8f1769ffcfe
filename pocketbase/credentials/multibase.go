package credentials

import (
	"crypto/ed25519"
	"errors"
	"strings"
)

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// ed25519PubMulticodec is the multicodec prefix of an Ed25519 public key (0xed as a varint).
var ed25519PubMulticodec = []byte{0xed, 0x01}

func base58Encode(data []byte) string {
	zeros := 0
	for zeros < len(data) && data[zeros] == 0 {
		zeros++
	}
	// Little-endian base-58 digits of the big-endian number in data.
	digits := make([]byte, 0, len(data)*138/100+1)
	for _, b := range data {
		carry := int(b)
		for i := range digits {
			carry += int(digits[i]) << 8
			digits[i] = byte(carry % 58)
			carry /= 58
		}
		for carry > 0 {
			digits = append(digits, byte(carry%58))
			carry /= 58
		}
	}
	var out strings.Builder
	out.WriteString(strings.Repeat("1", zeros))
	for i := len(digits) - 1; i >= 0; i-- {
		out.WriteByte(base58Alphabet[digits[i]])
	}
	return out.String()
}

func base58Decode(text string) ([]byte, error) {
	zeros := 0
	for zeros < len(text) && text[zeros] == '1' {
		zeros++
	}
	bytesLE := make([]byte, 0, len(text))
	for _, r := range text {
		value := strings.IndexRune(base58Alphabet, r)
		if value < 0 {
			return nil, errors.New("not base58btc")
		}
		carry := value
		for i := range bytesLE {
			carry += int(bytesLE[i]) * 58
			bytesLE[i] = byte(carry)
			carry >>= 8
		}
		for carry > 0 {
			bytesLE = append(bytesLE, byte(carry))
			carry >>= 8
		}
	}
	out := make([]byte, zeros, zeros+len(bytesLE))
	for i := len(bytesLE) - 1; i >= 0; i-- {
		out = append(out, bytesLE[i])
	}
	return out, nil
}

// publicKeyMultibase is the Multikey form of an Ed25519 public key: "z6Mk…".
func publicKeyMultibase(public ed25519.PublicKey) string {
	return "z" + base58Encode(append(append([]byte{}, ed25519PubMulticodec...), public...))
}
