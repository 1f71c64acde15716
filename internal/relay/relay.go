// Package relay implements the Relay conventions of the API: opaque, stable global IDs for every
// Node, and opaque, validated cursors for keyset pagination.
package relay

import (
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
)

// Node is any object with a global ID.
type Node interface{}

// Kind names the type of object a global ID points to.
type Kind string

// The kinds of object with global IDs.
const (
	KindCampaign         Kind = "Campaign"
	KindCommittee        Kind = "Committee"
	KindMinistry         Kind = "Ministry"
	KindDivision         Kind = "Division"
	KindEvent            Kind = "Event"
	KindEventApplication Kind = "EventApplication"
	KindRegistrant       Kind = "Registrant"
	KindAwardProgram     Kind = "AwardProgram"
	KindAwardEntry       Kind = "AwardEntry"
	KindAuditEntry       Kind = "AuditEntry"
	KindAPIKey           Kind = "ApiKey"
)

var kinds = map[Kind]bool{
	KindCampaign: true, KindCommittee: true, KindMinistry: true, KindDivision: true, KindEvent: true,
	KindEventApplication: true, KindRegistrant: true, KindAwardProgram: true, KindAwardEntry: true,
	KindAuditEntry: true, KindAPIKey: true,
}

// ErrMalformedID is returned for a string that is not a global ID of this API.
var ErrMalformedID = errors.New("malformed global ID")

var encoding = base64.RawURLEncoding

// ID returns the global ID of the object of a kind with a database key.
func ID(kind Kind, key int64) string {
	var raw [64]byte
	b := append(append(raw[:0], kind...), ':')
	return encoded(strconv.AppendInt(b, key, 10))
}

// encoded is raw in the encoding of IDs and cursors. Built in buffers on the stack, an ID or a
// cursor costs one allocation, its string: a page of 100 events writes 200 of them.
func encoded(raw []byte) string {
	var out [128]byte
	return string(encoding.AppendEncode(out[:0], raw))
}

// ParseID decodes a global ID into its kind and database key.
func ParseID(id string) (Kind, int64, error) {
	raw, err := encoding.DecodeString(id)
	if err != nil {
		return "", 0, ErrMalformedID
	}
	kind, key, ok := strings.Cut(string(raw), ":")
	if !ok || !kinds[Kind(kind)] {
		return "", 0, ErrMalformedID
	}
	n, err := strconv.ParseInt(key, 10, 64)
	if err != nil || n <= 0 || strconv.FormatInt(n, 10) != key {
		return "", 0, ErrMalformedID
	}
	return Kind(kind), n, nil
}

// ParseIDOf decodes a global ID that must point to an object of kind want.
func ParseIDOf(want Kind, id string) (int64, error) {
	kind, key, err := ParseID(id)
	if err != nil {
		return 0, err
	}
	if kind != want {
		return 0, ErrMalformedID
	}
	return key, nil
}
