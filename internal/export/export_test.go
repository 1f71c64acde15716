package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/seed"
	"github.com/teleworkmonth/platform/internal/telework"
)

// The demo staff accounts, one of each role in MIC and an admin of MHLW.
const (
	secretariat = "secretariat@example.jp"
	micAdmin    = "mic-admin@example.jp"
	micEditor   = "mic-editor@example.jp"
	micViewer   = "mic-viewer@example.jp"
	mhlwAdmin   = "mhlw-admin@example.jp"
)

// eventTitle has a comma and quotes, which the file quotes, and characters that a file name may
// not hold, which the name replaces.
const eventTitle = `テレワーク月間シンポジウム "2026", 東京/オンライン`

// fixture is the application with the demo data and staff, a MIC event (co-hosted by CAO, with
// two seats) whose applications test the file's quoting and its protection from formula
// injection, and a MIC draft.
type fixture struct {
	s       *apptest.Server
	tokens  map[string]string // session tokens by email
	eventID string            // the published event's global ID
	draftID string
}

func newFixture(t testing.TB, env map[string]string) *fixture {
	t.Helper()
	s := apptest.New(t, apptest.Options{Seed: true, Env: env})
	if _, err := seed.CreateDemoStaff(context.Background(), s.DB); err != nil {
		t.Fatal(err)
	}
	if err := s.App.Policy.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	f := &fixture{s: s, tokens: map[string]string{}}
	for _, email := range []string{secretariat, micAdmin, micEditor, micViewer, mhlwAdmin} {
		r := s.Query(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
			map[string]any{"e": email, "p": seed.DemoStaffPassword})
		var data struct{ Login struct{ Token string } }
		r.Decode(t, &data)
		f.tokens[email] = data.Login.Token
	}
	f.eventID = f.createEvent(t, eventTitle, true)
	f.draftID = f.createEvent(t, "下書きのセミナー", false)
	f.apply(t, "山田, 太郎", "taro@example.jp", `株式会社"引用"`, "IN_PERSON")
	f.apply(t, `=HYPERLINK("http://attacker.example/","開く")`, "=cmd@example.jp", "+81 3 1234", "IN_PERSON")
	f.apply(t, "-1", "-dash@example.jp", "@組織", "IN_PERSON") // past the two seats: waitlisted
	f.apply(t, "佐藤 花子", "hanako@example.jp", "", "ONLINE")
	// The API refuses line breaks and tabs in names; the file must not rely on it.
	_, id, _ := relay.ParseID(f.eventID)
	if _, err := s.DB.Exec(`INSERT INTO event_applications (event_id, attendee_name, attendee_email, organization,
		attendance, status, created_at) VALUES ($1, E'\tタブ', 'tab@example.jp', E'一行目\n二行目', 'ONLINE', 'CONFIRMED',
		'2026-12-05T15:30:00Z')`, id); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) createEvent(t testing.TB, title string, publish bool) string {
	t.Helper()
	r := f.s.QueryAs(f.tokens[micAdmin], `mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }`,
		map[string]any{"in": map[string]any{
			"fiscalYear": 2026, "hostMinistryCode": "MIC", "coHostMinistryCodes": []string{"CAO"}, "kind": "SYMPOSIUM",
			"titleJa": title, "titleEn": "Telework Month Symposium", "startsAt": "2027-01-20T04:30:00Z", "endsAt": "2027-01-20T07:30:00Z",
			"onlineStreaming": true, "feeYen": 0, "capacity": 2,
			"venue": map[string]any{"nameJa": "御茶ノ水ソラシティ", "addressJa": "東京都千代田区神田駿河台4-6", "prefecture": "TOKYO"},
		}})
	var data struct {
		CreateEvent struct{ Event struct{ ID string } }
	}
	r.Decode(t, &data)
	id := data.CreateEvent.Event.ID
	if id == "" {
		t.Fatalf("createEvent: %s", r.Body)
	}
	if publish {
		if r := f.s.QueryAs(f.tokens[micAdmin], `mutation($id: ID!) { publishEvent(id: $id) { event { status } } }`,
			map[string]any{"id": id}); len(r.Errors) > 0 {
			t.Fatalf("publishEvent: %s", r.Body)
		}
	}
	return id
}

func (f *fixture) apply(t testing.TB, name, email, organization, attendance string) {
	t.Helper()
	in := map[string]any{"eventId": f.eventID, "attendeeName": name, "attendeeEmail": email, "attendance": attendance}
	if organization != "" {
		in["organization"] = organization
	}
	r := f.s.Query(`mutation($in: ApplyToEventInput!) { applyToEvent(input: $in) { application { status } } }`, map[string]any{"in": in})
	if len(r.Errors) > 0 {
		t.Fatalf("applyToEvent %q: %s", name, r.Body)
	}
}

// applicationsPath is the export of an event's applications.
func applicationsPath(eventID string) string {
	return "/admin/export/events/" + eventID + "/applications.csv"
}

// get downloads path with the headers given as "Name: value"; as is a demo account's email ("" for
// no credential), whose session token goes as a bearer token.
func (f *fixture) get(t *testing.T, as, path string, headers ...string) apptest.Response {
	t.Helper()
	r, err := http.NewRequest(http.MethodGet, f.s.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if as != "" {
		r.Header.Set("Authorization", "Bearer "+f.tokens[as])
	}
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ": ")
		r.Header.Add(k, v)
	}
	return f.s.Raw(r)
}

// mustCSV checks that a download succeeded and reads its rows back with encoding/csv.
func mustCSV(t *testing.T, resp apptest.Response) [][]string {
	t.Helper()
	if resp.Status != http.StatusOK {
		t.Fatalf("status %d: %s", resp.Status, resp.Body)
	}
	body, ok := bytes.CutPrefix(resp.Body, []byte("\uFEFF"))
	if !ok {
		t.Fatalf("the file does not start with a byte-order mark: % x", resp.Body[:min(8, len(resp.Body))])
	}
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("the file does not parse as CSV: %v", err)
	}
	return rows
}

// wantCode checks the status and the error code of a refusal.
func wantCode(t *testing.T, resp apptest.Response, status int, code string) {
	t.Helper()
	if resp.Status != status || len(resp.Errors) != 1 || resp.Errors[0].Code() != code {
		t.Fatalf("got %d %s, want %d %s", resp.Status, resp.Body, status, code)
	}
	if cc := resp.Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control %q, want no-store", cc)
	}
}

// wantField checks a BAD_USER_INPUT refusal that names a parameter.
func wantField(t *testing.T, resp apptest.Response, field string) {
	t.Helper()
	wantCode(t, resp, http.StatusBadRequest, "BAD_USER_INPUT")
	if got, _ := resp.Errors[0].Extensions["field"].(string); got != field {
		t.Errorf("field %q, want %q", got, field)
	}
}

// inJapan formats an API time as the exports do.
func inJapan(t *testing.T, rfc3339 *string) string {
	t.Helper()
	if rfc3339 == nil {
		return ""
	}
	tm, err := time.Parse(time.RFC3339, *rfc3339)
	if err != nil {
		t.Fatal(err)
	}
	return tm.In(telework.Japan).Format("2006-01-02 15:04")
}

// asCell is a text as the file holds it: with an apostrophe before what a spreadsheet would take
// for a formula.
func asCell(s *string) string {
	if s == nil {
		return ""
	}
	if *s != "" && strings.ContainsAny((*s)[:1], "=+-@\t\r") {
		return "'" + *s
	}
	return *s
}

// todayInJapan is the date of today in Japan, as file names carry it.
func todayInJapan() string { return time.Now().In(telework.Japan).Format(time.DateOnly) }
