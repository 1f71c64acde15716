package resolvers_test

import (
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/telework"
)

// door is an event at its door: hosted by MIC and co-hosted by MHLW, three seats, with one
// application of each kind that check-in and search tell apart, and a token for each role that
// the rules of check-in and search name.
type door struct {
	s       *apptest.Server
	eventID string // global ID
	key     int64  // database key of the event
	// tokens holds each actor's bearer token by name; "anonymous" has none.
	tokens map[string]string
	// apps holds the applications' global IDs by name; appTokens the applicants' tokens.
	apps      map[string]string
	appTokens map[string]string
}

// The actors of a door, by the names the tests use.
var doorActors = []struct {
	name     string
	role     telework.Role
	ministry string
}{
	{"secretariat", telework.RoleSecretariat, ""},
	{"host admin", telework.RoleMinistryAdmin, "MIC"},
	{"host editor", telework.RoleMinistryEditor, "MIC"},
	{"host viewer", telework.RoleMinistryViewer, "MIC"},
	{"co-host admin", telework.RoleMinistryAdmin, "MHLW"},
	{"co-host editor", telework.RoleMinistryEditor, "MHLW"},
	{"other ministry admin", telework.RoleMinistryAdmin, "MLIT"},
}

// doorApplicant is one sign-up of a door's event.
type doorApplicant struct {
	name, attendeeName, email string
	organization              *string
	attendance                string
}

// The door's applications, in the order they sign up: three seats, then the waitlist.
var doorApplicants = []doorApplicant{
	{"seat 1", "山田 太郎", "taro.yamada@example.jp", some("株式会社テレワーク商事"), "IN_PERSON"},
	{"seat 2", "佐藤 花子", "hanako@example.org", some("100% リモート_協会"), "IN_PERSON"},
	{"online", "田中 美咲", "misaki@example.jp", some("テレワーク商事"), "ONLINE"},
	{"seat 3", "Ichiro Suzuki", "ichiro@mail.example.com", nil, "IN_PERSON"},
	{"waitlisted", "高橋 次郎", "jiro@example.jp", some("日本テレワーク協会"), "IN_PERSON"},
	{"cancelled", "伊藤 健", "ken.ito@example.jp", nil, "IN_PERSON"},
}

func some[T any](v T) *T { return &v }

// newDoor starts a server with the demo data and makes the door's staff, event and applications
// through the API. The last applicant cancels, so the line is three seats and one waiting.
func newDoor(t *testing.T) *door {
	t.Helper()
	s := apptest.New(t, apptest.Options{Seed: true})
	d := &door{s: s, tokens: map[string]string{"anonymous": ""}, apps: map[string]string{}, appTokens: map[string]string{}}
	for _, a := range doorActors {
		d.tokens[a.name] = s.Staff(strings.ReplaceAll(a.name, " ", ".")+"@door.example.jp", a.role, a.ministry)
	}
	r := s.QueryAs(d.tokens["host admin"], `mutation { createEvent(input: {fiscalYear: 2026, hostMinistryCode: "MIC",
		coHostMinistryCodes: ["MHLW"], kind: SEMINAR, titleJa: "受付のあるセミナー", startsAt: "2030-11-20T04:00:00Z",
		endsAt: "2030-11-20T06:00:00Z", venue: {nameJa: "総務省 講堂", prefecture: TOKYO}, onlineStreaming: true,
		feeYen: 0, capacity: 3}) { event { id } } }`, nil)
	d.eventID = string(dig(t, r.Data, "createEvent", "event", "id"))
	d.eventID = d.eventID[1 : len(d.eventID)-1]
	key, err := relay.ParseIDOf(relay.KindEvent, d.eventID)
	if err != nil {
		t.Fatalf("createEvent: %s", r.Body)
	}
	d.key = key
	// The API has no field for it yet: the stream link that confirmed applicants read.
	s.DB.MustExec(`UPDATE events SET streaming_url = 'https://stream.example.jp/door' WHERE id = $1`, key)
	if r := s.QueryAs(d.tokens["host admin"], `mutation($id: ID!) { publishEvent(id: $id) { event { status } } }`,
		map[string]any{"id": d.eventID}); len(r.Errors) > 0 {
		t.Fatalf("publishEvent: %s", r.Body)
	}
	for _, a := range doorApplicants {
		d.apply(t, a)
	}
	if r := s.Query(`mutation($t: String!) { cancelEventApplication(token: $t) { application { status } } }`,
		map[string]any{"t": d.appTokens["cancelled"]}); len(r.Errors) > 0 {
		t.Fatalf("cancel: %s", r.Body)
	}
	return d
}

// apply signs a up for the door's event through the public API.
func (d *door) apply(t *testing.T, a doorApplicant) {
	t.Helper()
	vars := map[string]any{"id": d.eventID, "n": a.attendeeName, "e": a.email, "a": a.attendance}
	if a.organization != nil {
		vars["o"] = *a.organization
	}
	r := d.s.Query(`mutation($id: ID!, $n: String!, $e: String!, $o: String, $a: Attendance!) {
		applyToEvent(input: {eventId: $id, attendeeName: $n, attendeeEmail: $e, organization: $o, attendance: $a}) {
		token application { id } } }`, vars)
	var data struct {
		ApplyToEvent struct {
			Token       string
			Application struct{ ID string }
		}
	}
	r.Decode(t, &data)
	if len(r.Errors) > 0 || data.ApplyToEvent.Token == "" {
		t.Fatalf("applyToEvent %s: %s", a.name, r.Body)
	}
	d.apps[a.name] = data.ApplyToEvent.Application.ID
	d.appTokens[a.name] = data.ApplyToEvent.Token
}

// as sends a request as the named actor; "applicant" is the applicant of seat 1.
func (d *door) as(actor, query string, vars map[string]any) apptest.Response {
	token, ok := d.tokens[actor]
	if actor == "applicant" {
		token, ok = d.appTokens["seat 1"], true
	}
	if !ok {
		panic("no actor " + actor)
	}
	return d.s.QueryAs(token, query, vars)
}

// reference returns an application's reference, read from the database.
func (d *door) reference(t *testing.T, app string) string {
	t.Helper()
	key, err := relay.ParseIDOf(relay.KindEventApplication, d.apps[app])
	if err != nil {
		t.Fatal(err)
	}
	var ref string
	if err := d.s.DB.Get(&ref, `SELECT reference FROM event_applications WHERE id = $1`, key); err != nil {
		t.Fatal(err)
	}
	return ref
}

// checkedInCount reads the event's count of check-ins from the database.
func (d *door) checkedInCount(t *testing.T) int {
	t.Helper()
	return sqlInt(t, d.s.DB, `SELECT checked_in_count FROM events WHERE id = $1`, d.key)
}
