package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"strings"
)

// The prefixes of the kinds of token. They make a token's kind readable (in a bug report, a
// secret scanner's rules) and route it to its table.
const (
	sessionPrefix     = "tms_" // staff session, from login
	apiKeyPrefix      = "tmk_" // partner API key
	registrantPrefix  = "tmr_" // registrant token, from registerActivity
	applicationPrefix = "tma_" // application token, from applyToEvent
	// The tokens of links that set a password. They are not credentials: Authenticate refuses them.
	invitationPrefix = "tmi_" // an invitation's link, from inviteStaff
	resetPrefix      = "tmp_" // a password reset's link, from requestPasswordReset
)

const (
	tokenBytes  = 32
	prefixLen   = 4
	tokenLength = prefixLen + 43 // 32 bytes in unpadded base64url
)

var tokenEncoding = base64.RawURLEncoding.Strict()

// newToken returns a new random token of a kind and the hash under which it is stored.
func newToken(prefix string) (token string, hash []byte) {
	b := make([]byte, tokenBytes)
	rand.Read(b) // never fails: crypto/rand crashes the program rather than return an error
	token = prefix + tokenEncoding.EncodeToString(b)
	return token, hashToken(token)
}

// hashToken is what the database stores of a token: the SHA-256 of the whole token, prefix
// included. A token has 256 random bits, so a fast hash suffices (no salt, no stretching).
func hashToken(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

// parseToken returns the prefix of a well-formed credential: a known prefix followed by exactly 32
// bytes in canonical unpadded base64url. It reports false for anything else.
func parseToken(token string) (prefix string, ok bool) {
	prefix, ok = parseAnyToken(token)
	switch prefix {
	case sessionPrefix, apiKeyPrefix, registrantPrefix, applicationPrefix:
		return prefix, ok
	}
	return "", false
}

// parseAnyToken is parseToken for tokens of any prefix, the credentials' and the links'.
func parseAnyToken(token string) (prefix string, ok bool) {
	if len(token) != tokenLength {
		return "", false
	}
	b, err := tokenEncoding.DecodeString(token[prefixLen:])
	if err != nil || len(b) != tokenBytes {
		return "", false
	}
	return token[:prefixLen], true
}

// bearerToken returns the token of an Authorization header of the Bearer scheme (named in any
// case, as RFC 9110 allows), or false when the header is of another scheme or carries no token.
func bearerToken(header string) (string, bool) {
	scheme, token, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimLeft(token, " ")
	return token, token != ""
}
