package export_test

import (
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/seed"
)

// signIn signs a demo account in through the console's session path and returns its cookie.
func signIn(t *testing.T, s *apptest.Server, email string) *http.Cookie {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"email": email, "password": seed.DemoStaffPassword})
	r, _ := http.NewRequest(http.MethodPost, s.URL+"/admin/session", strings.NewReader(string(body)))
	r.Header.Set("Content-Type", "application/json")
	resp := s.Raw(r)
	for _, c := range (&http.Response{Header: resp.Header}).Cookies() {
		if strings.HasSuffix(c.Name, "tm_session") && c.Value != "" {
			return c
		}
	}
	t.Fatalf("sign in %s: %d %s", email, resp.Status, resp.Body)
	return nil
}

// withCookie downloads path with the session cookie and the headers given as "Name: value".
func withCookie(t *testing.T, s *apptest.Server, c *http.Cookie, path string, headers ...string) apptest.Response {
	t.Helper()
	r, _ := http.NewRequest(http.MethodGet, s.URL+path, nil)
	r.AddCookie(c)
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ": ")
		r.Header.Add(k, v)
	}
	return s.Raw(r)
}

func TestExportWithTheSessionCookie(t *testing.T) {
	f := newFixture(t, nil)
	cookie := signIn(t, f.s, micAdmin)
	path := applicationsPath(f.eventID)

	t.Run("a link of the console, or an address typed", func(t *testing.T) {
		for _, headers := range [][]string{
			{"Sec-Fetch-Site: same-origin", "Sec-Fetch-Mode: navigate"},
			{"Sec-Fetch-Site: none"},
			{}, // an older browser, which sends neither
		} {
			rows := mustCSV(t, withCookie(t, f.s, cookie, path, headers...))
			if len(rows[0]) != len(applicationHeader)+len(personalHeader) {
				t.Errorf("%q: header %q", headers, rows[0])
			}
		}
	})

	t.Run("a page of another site is refused", func(t *testing.T) {
		for _, headers := range [][]string{
			{"Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: navigate"},
			{"Sec-Fetch-Site: same-site"},
			{"Origin: https://attacker.example"},
		} {
			wantCode(t, withCookie(t, f.s, cookie, path, headers...), http.StatusForbidden, "FORBIDDEN")
			wantCode(t, withCookie(t, f.s, cookie, "/admin/export/events.csv", headers...), http.StatusForbidden, "FORBIDDEN")
		}
	})

	t.Run("a bearer token wins over the cookie", func(t *testing.T) {
		resp := withCookie(t, f.s, cookie, path, "Authorization: Bearer "+f.tokens[micEditor])
		if rows := mustCSV(t, resp); len(rows[0]) != len(applicationHeader) {
			t.Errorf("as the editor: header %q", rows[0])
		}
	})

	t.Run("an ended session", func(t *testing.T) {
		r, _ := http.NewRequest(http.MethodDelete, f.s.URL+"/admin/session", nil)
		r.AddCookie(cookie)
		f.s.Raw(r)
		wantCode(t, withCookie(t, f.s, cookie, path), http.StatusUnauthorized, "UNAUTHENTICATED")
	})
}

func TestExportAudit(t *testing.T) {
	f := newFixture(t, nil)
	_, eventKey, _ := relay.ParseID(f.eventID)
	entries := func() []auditEntry {
		t.Helper()
		var out []auditEntry
		if err := f.s.DB.Select(&out, `SELECT a.actor, m.code AS ministry, a.object_type, a.object_id, a.after
			FROM audit_entries a JOIN ministries m ON m.id = a.ministry_id
			WHERE a.action = 'application.export' ORDER BY a.id`); err != nil {
			t.Fatal(err)
		}
		return out
	}

	// Exports without personal data are not audited.
	mustCSV(t, f.get(t, micEditor, applicationsPath(f.eventID)))
	mustCSV(t, f.get(t, micAdmin, "/admin/export/events.csv"))
	if got := entries(); len(got) != 0 {
		t.Fatalf("audited without personal data: %+v", got)
	}

	mustCSV(t, f.get(t, micAdmin, applicationsPath(f.eventID)))
	mustCSV(t, f.get(t, secretariat, applicationsPath(f.eventID)+"?status=WAITLISTED"))
	got := entries()
	const columns = `["createdAt", "status", "attendance", "waitlistPosition", "attendeeName", "attendeeEmail", "organization"]`
	if len(got) != 2 {
		t.Fatalf("%d entries, want 2: %+v", len(got), got)
	}
	for i, want := range []struct {
		email, after string
	}{
		{micAdmin, `{"format": "csv", "status": null, "rows": 5, "complete": true, "columns": ` + columns + `}`},
		{secretariat, `{"format": "csv", "status": "WAITLISTED", "rows": 1, "complete": true, "columns": ` + columns + `}`},
	} {
		var userID int64
		if err := f.s.DB.Get(&userID, `SELECT id FROM users WHERE email = $1`, want.email); err != nil {
			t.Fatal(err)
		}
		e := got[i]
		var after, wantAfter any
		if err := json.Unmarshal([]byte(e.After), &after); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(want.after), &wantAfter); err != nil {
			t.Fatal(err)
		}
		if e.Actor != "user:"+strconv.FormatInt(userID, 10) || e.Ministry != "MIC" || e.ObjectType != "Event" ||
			e.ObjectID != strconv.FormatInt(eventKey, 10) || !reflect.DeepEqual(after, wantAfter) {
			t.Errorf("entry %d: %+v\nwant actor user:%d, MIC, Event %d, %s", i, e, userID, eventKey, want.after)
		}
	}

	// The host's admin reads them in the ministry's audit log.
	r := f.s.QueryAs(f.tokens[micAdmin], `{ auditLog(ministryCode: "MIC", first: 5) { edges { node { action objectType objectId after } } } }`, nil)
	if !strings.Contains(string(r.Body), `"action":"application.export"`) {
		t.Errorf("MIC's audit log: %s", r.Body)
	}
}

type auditEntry struct {
	Actor, Ministry string
	ObjectType      string `db:"object_type"`
	ObjectID        string `db:"object_id"`
	After           string
}

func TestExportLimits(t *testing.T) {
	// At most 4 rows an export; GraphQL requests time out at once, exports have their own deadline.
	f := newFixture(t, map[string]string{"EXPORT_MAX_ROWS": "4"})
	wantCode(t, f.get(t, micAdmin, applicationsPath(f.eventID)), http.StatusBadRequest, "BAD_USER_INPUT")
	if rows := mustCSV(t, f.get(t, micAdmin, applicationsPath(f.eventID)+"?status=WAITLISTED")); len(rows) != 2 {
		t.Errorf("%d rows", len(rows))
	}
	wantCode(t, f.get(t, micAdmin, "/admin/export/events.csv"), http.StatusBadRequest, "BAD_USER_INPUT")

	t.Run("exports have a deadline of their own", func(t *testing.T) {
		s := apptest.New(t, apptest.Options{Seed: true, Env: map[string]string{"REQUEST_TIMEOUT": "1ns"}})
		if _, err := seed.CreateDemoStaff(context.Background(), s.DB); err != nil {
			t.Fatal(err)
		}
		cookie := signIn(t, s, micAdmin)
		if r := withCookie(t, s, cookie, "/admin/export/events.csv?fiscalYear=2026"); r.Status != http.StatusOK || len(mustCSV(t, r)) < 2 {
			t.Errorf("export: %d", r.Status)
		}
		r, _ := http.NewRequest(http.MethodPost, s.URL+"/graphql", strings.NewReader(`{"query":"{ events(first: 1) { totalCount } }"}`))
		r.Header.Set("Content-Type", "application/json")
		r.AddCookie(cookie)
		if resp := s.Raw(r); len(resp.Errors) == 0 || resp.Errors[0].Code() != "INTERNAL" {
			t.Errorf("GraphQL within 1ns: %s", resp.Body)
		}
	})
}

func TestExportCutShortIsAudited(t *testing.T) {
	f := newFixture(t, nil)
	_, eventKey, _ := relay.ParseID(f.eventID)
	// 100,000 rows of some 300 bytes: far more than the socket buffers between server and client
	// hold, so that the server cannot have written the whole file when the client goes away.
	const n = 100_000
	// Without the server's statement timeout: on a busy machine the insert takes longer than a
	// request may.
	tx := f.s.DB.MustBegin()
	tx.MustExec(`SET LOCAL statement_timeout = 0`)
	tx.MustExec(`INSERT INTO event_applications (event_id, attendee_name, attendee_email, organization,
		attendance, status) SELECT $1, '申込者 ' || i, 'cut-' || i || '@example.jp', repeat('組織', 100), 'ONLINE', 'CONFIRMED'
		FROM generate_series(1, $2::int) AS i`, eventKey, n)
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodGet, f.s.URL+applicationsPath(f.eventID), nil)
	req.Header.Set("Authorization", "Bearer "+f.tokens[micAdmin])
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := resp.Body.Read(make([]byte, 1024)); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close() // the person cancels the download

	// The entry is written once the server notices; wait for it.
	var after string
	for range 200 {
		err := f.s.DB.Get(&after, `SELECT after FROM audit_entries WHERE action = 'application.export'`)
		if err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	var got struct {
		Rows     int
		Complete bool
	}
	if err := json.Unmarshal([]byte(after), &got); err != nil {
		t.Fatalf("no audit entry: %q", after)
	}
	if got.Complete || got.Rows >= n {
		t.Errorf("%s: want an entry of a download cut short", after)
	}
}
