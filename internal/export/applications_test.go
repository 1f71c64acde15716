package export_test

import (
	"bytes"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/teleworkmonth/platform/internal/relay"
)

var (
	applicationHeader = []string{"受付番号", "申込日時", "状態", "参加方法", "キャンセル待ち順位", "来場確認日時"}
	personalHeader    = []string{"氏名", "メールアドレス", "所属"}
)

func TestApplicationsExport(t *testing.T) {
	f := newFixture(t, nil)

	t.Run("columns follow the viewer's rights, and the rows are the API's", func(t *testing.T) {
		for _, tc := range []struct {
			as       string
			personal bool
		}{
			{secretariat, true},
			{micAdmin, true},
			{micEditor, false}, // reads applications, not their personal data
		} {
			t.Run(tc.as, func(t *testing.T) {
				rows := mustCSV(t, f.get(t, tc.as, applicationsPath(f.eventID)))
				want := slices.Clone(applicationHeader)
				if tc.personal {
					want = append(want, personalHeader...)
				}
				if !reflect.DeepEqual(rows[0], want) {
					t.Fatalf("header %q, want %q", rows[0], want)
				}
				api, personal := f.apiApplications(t, tc.as, f.eventID)
				if personal != tc.personal {
					t.Fatalf("the API reads personal data %v, the test expects %v", personal, tc.personal)
				}
				if !reflect.DeepEqual(rows[1:], api) {
					t.Errorf("rows\n%q\nthe API's\n%q", rows[1:], api)
				}
			})
		}
	})

	t.Run("refused", func(t *testing.T) {
		for _, tc := range []struct {
			name, as, path string
			status         int
			code           string
		}{
			{"anonymous", "", applicationsPath(f.eventID), http.StatusUnauthorized, "UNAUTHENTICATED"},
			{"anonymous, unknown event", "", applicationsPath(relay.ID(relay.KindEvent, 999999)), http.StatusUnauthorized, "UNAUTHENTICATED"},
			{"viewer of the host: no applications", micViewer, applicationsPath(f.eventID), http.StatusForbidden, "FORBIDDEN"},
			{"admin of another ministry, published event", mhlwAdmin, applicationsPath(f.eventID), http.StatusForbidden, "FORBIDDEN"},
			// A draft that MHLW may not see is as an event that does not exist, as node() answers it.
			{"admin of another ministry, draft", mhlwAdmin, applicationsPath(f.draftID), http.StatusNotFound, "NOT_FOUND"},
			{"unknown event", mhlwAdmin, applicationsPath(relay.ID(relay.KindEvent, 999999)), http.StatusNotFound, "NOT_FOUND"},
			{"an ID of another kind", micAdmin, applicationsPath(relay.ID(relay.KindMinistry, 1)), http.StatusNotFound, "NOT_FOUND"},
			{"a malformed ID", micAdmin, applicationsPath("%FF%00"), http.StatusNotFound, "NOT_FOUND"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				wantCode(t, f.get(t, tc.as, tc.path), tc.status, tc.code)
			})
		}
		t.Run("a partner key", func(t *testing.T) {
			r := f.s.QueryAs(f.tokens[secretariat], `mutation { createApiKey(input: {name: "ポータル"}) { key } }`, nil)
			var data struct {
				CreateAPIKey struct{ Key string } `json:"createApiKey"`
			}
			r.Decode(t, &data)
			req, _ := http.NewRequest(http.MethodGet, f.s.URL+applicationsPath(f.eventID), nil)
			req.Header.Set("Authorization", "Bearer "+data.CreateAPIKey.Key)
			wantCode(t, f.s.Raw(req), http.StatusForbidden, "FORBIDDEN")
		})
	})

	t.Run("format: BOM, CRLF, quoting, formula injection, headers", func(t *testing.T) {
		resp := f.get(t, micAdmin, applicationsPath(f.eventID))
		body := resp.Body
		if !bytes.HasPrefix(body, []byte("\xEF\xBB\xBF受付番号,")) {
			t.Fatalf("the file starts %q", body[:min(30, len(body))])
		}
		if n, crlf := bytes.Count(body, []byte("\n")), bytes.Count(body, []byte("\r\n")); n != crlf || n < 6 {
			t.Errorf("%d line feeds, %d of them after a carriage return: want every line to end in CRLF", n, crlf)
		}
		for _, want := range []string{
			`"山田, 太郎",taro@example.jp,"株式会社""引用"""`,                                           // RFC 4180 quoting
			`"'=HYPERLINK(""http://attacker.example/"",""開く"")",'=cmd@example.jp,'+81 3 1234`, // injection
			"キャンセル待ち,会場,1,,'-1,'-dash@example.jp,'@組織\r\n",                                    // a number is not prefixed
			"オンライン,,,佐藤 花子,hanako@example.jp,\r\n",
			"2026-12-06 00:30,確定,オンライン,,,'\tタブ,tab@example.jp,\"一行目\r\n二行目\"\r\n", // a line break within quotes
		} {
			if !bytes.Contains(body, []byte(want)) {
				t.Errorf("the file lacks %q:\n%s", want, body)
			}
		}
		if ct := resp.Header.Get("Content-Type"); ct != "text/csv; charset=utf-8" {
			t.Errorf("Content-Type %q", ct)
		}
		if cc := resp.Header.Get("Cache-Control"); cc != "no-store" {
			t.Errorf("Cache-Control %q", cc)
		}
		// The name carries the title, without what a file name may not hold, and today's date in Japan.
		name := `テレワーク月間シンポジウム _2026_, 東京_オンライン_申込者_` + todayInJapan() + ".csv"
		want := `attachment; filename="applications_` + todayInJapan() + `.csv"; filename*=UTF-8''` +
			strings.ReplaceAll(url.PathEscape(name), ",", "%2C")
		if cd := resp.Header.Get("Content-Disposition"); cd != want {
			t.Errorf("Content-Disposition\n%s\nwant\n%s", cd, want)
		}
	})

	t.Run("status filter", func(t *testing.T) {
		rows := mustCSV(t, f.get(t, micAdmin, applicationsPath(f.eventID)+"?status=WAITLISTED"))
		if len(rows) != 2 || rows[1][2] != "キャンセル待ち" || rows[1][6] != "'-1" {
			t.Errorf("waitlisted: %q", rows)
		}
		wantField(t, f.get(t, micAdmin, applicationsPath(f.eventID)+"?status=LATE"), "status")
		wantField(t, f.get(t, micAdmin, applicationsPath(f.eventID)+"?status=CONFIRMED&status=CANCELLED"), "status")
		wantField(t, f.get(t, micAdmin, applicationsPath(f.eventID)+"?search=x"), "search")
	})

	t.Run("only GET", func(t *testing.T) {
		for _, method := range []string{http.MethodHead, http.MethodPost, http.MethodDelete} {
			req, _ := http.NewRequest(method, f.s.URL+applicationsPath(f.eventID), nil)
			req.Header.Set("Authorization", "Bearer "+f.tokens[micAdmin])
			if resp := f.s.Raw(req); resp.Status != http.StatusMethodNotAllowed {
				t.Errorf("%s: %d %s", method, resp.Status, resp.Body)
			}
		}
	})
}

// apiApplications reads an event's applications through the API as a viewer, as rows of the
// export, and reports whether the API gave their personal data.
func (f *fixture) apiApplications(t *testing.T, as, eventID string) (rows [][]string, personal bool) {
	t.Helper()
	var after *string
	personal = true
	for {
		r := f.s.QueryAs(f.tokens[as], `query($id: ID!, $after: String) { event(id: $id) { applications(first: 100, after: $after) {
			pageInfo { hasNextPage endCursor }
			edges { node { reference createdAt status attendance waitlistPosition checkedInAt attendeeName attendeeEmail organization } } } } }`,
			map[string]any{"id": eventID, "after": after})
		var data struct {
			Event struct {
				Applications struct {
					PageInfo struct {
						HasNextPage bool
						EndCursor   string
					}
					Edges []struct {
						Node struct {
							Reference, CreatedAt, Status, Attendance  string
							WaitlistPosition                          *int
							CheckedInAt                               *string
							AttendeeName, AttendeeEmail, Organization *string
						}
					}
				}
			}
		}
		r.Decode(t, &data)
		for _, e := range r.Errors {
			if field, _ := e.Path[len(e.Path)-1].(string); e.Code() != "FORBIDDEN" || !slices.Contains(personalFields, field) {
				t.Fatalf("API: %s", r.Body)
			}
			personal = false
		}
		for _, e := range data.Event.Applications.Edges {
			n := e.Node
			row := []string{n.Reference, inJapan(t, &n.CreatedAt), statusLabels[n.Status], attendanceLabels[n.Attendance], "", inJapan(t, n.CheckedInAt)}
			if n.WaitlistPosition != nil {
				row[4] = strconv.Itoa(*n.WaitlistPosition)
			}
			if personal {
				row = append(row, asCell(n.AttendeeName), asCell(n.AttendeeEmail), asCell(n.Organization))
			}
			rows = append(rows, row)
		}
		if !data.Event.Applications.PageInfo.HasNextPage {
			return rows, personal
		}
		after = &data.Event.Applications.PageInfo.EndCursor
	}
}

var personalFields = []string{"attendeeName", "attendeeEmail", "organization"}

var (
	statusLabels     = map[string]string{"CONFIRMED": "確定", "WAITLISTED": "キャンセル待ち", "CANCELLED": "取消"}
	attendanceLabels = map[string]string{"IN_PERSON": "会場", "ONLINE": "オンライン"}
)
