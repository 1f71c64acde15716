package resolvers_test

import (
	"encoding/json"
	"testing"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/telework"
)

const createEvent = `mutation($in: CreateEventInput!) { createEvent(input: $in) { event {
	id version tentative streamingUrl seatsTaken programParts { title { ja en } startsAt endsAt } } } }`

const updateEvent = `mutation($id: ID!, $in: UpdateEventInput!, $v: Int!) { updateEvent(id: $id, input: $in, expectedVersion: $v) {
	event { version title { ja en } tentative streamingUrl capacity applicationDeadline venue { name { ja } }
		programParts { title { ja } startsAt endsAt } } } }`

// newEventInput is a valid FY2026 event of MIC, 13:00–16:00 in Japan on 2026-11-30, with extra
// fields set over it.
func newEventInput(extra map[string]any) map[string]any {
	in := map[string]any{
		"fiscalYear": 2026, "hostMinistryCode": "MIC", "kind": "SYMPOSIUM", "titleJa": "テレワーク推進シンポジウム",
		"titleEn": "Telework symposium", "startsAt": "2026-11-30T04:00:00Z", "endsAt": "2026-11-30T07:00:00Z",
		"venue":           map[string]any{"nameJa": "御茶ノ水ソラシティ", "prefecture": "TOKYO"},
		"onlineStreaming": true, "feeYen": 0, "capacity": 100, "applicationDeadline": "2026-11-29T08:00:00Z",
	}
	for k, v := range extra {
		in[k] = v
	}
	return in
}

func parts(ps ...[3]string) []map[string]any {
	out := make([]map[string]any, len(ps))
	for i, p := range ps {
		out[i] = map[string]any{"titleJa": p[0], "startsAt": p[1], "endsAt": p[2]}
	}
	return out
}

// TestEventProgramStreamAndTentative: an event is created and edited with its program, its stream
// link and "(予定)"; invalid parts and links are BAD_USER_INPUT naming the field.
func TestEventProgramStreamAndTentative(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	editor := s.Staff("editor@mic.example.jp", telework.RoleMinistryEditor, "MIC")

	r := s.QueryAs(editor, createEvent, map[string]any{"in": newEventInput(map[string]any{
		"tentative": true, "streamingUrl": "https://stream.example.jp/live/1",
		"programParts": []map[string]any{
			{"titleJa": "第一部 基調講演", "titleEn": "Part 1: Keynote", "startsAt": "2026-11-30T04:00:00Z", "endsAt": "2026-11-30T05:00:00Z"},
			{"titleJa": "第二部 パネルディスカッション", "startsAt": "2026-11-30T05:10:00Z", "endsAt": "2026-11-30T07:00:00Z"},
		},
	})})
	wantCodes(t, r)
	var created struct {
		CreateEvent struct{ Event struct{ ID string } }
	}
	r.Decode(t, &created)
	dataIs(`{"createEvent": {"event": {"id": "`+created.CreateEvent.Event.ID+`", "version": 1, "tentative": true,
		"streamingUrl": "https://stream.example.jp/live/1", "seatsTaken": 0, "programParts": [
		{"title": {"ja": "第一部 基調講演", "en": "Part 1: Keynote"}, "startsAt": "2026-11-30T04:00:00Z", "endsAt": "2026-11-30T05:00:00Z"},
		{"title": {"ja": "第二部 パネルディスカッション", "en": null}, "startsAt": "2026-11-30T05:10:00Z", "endsAt": "2026-11-30T07:00:00Z"}]}}}`)(t, r)
	id := created.CreateEvent.Event.ID

	t.Run("update: the program replaced, null clears, omitted stays", func(t *testing.T) {
		r := s.QueryAs(editor, updateEvent, map[string]any{"id": id, "v": 1, "in": map[string]any{
			"tentative": false, "titleEn": nil, "streamingUrl": nil, "capacity": nil, "applicationDeadline": nil, "venue": nil,
			"programParts": parts([3]string{"全体会", "2026-11-30T04:30:00Z", "2026-11-30T06:30:00Z"}),
		}})
		wantCodes(t, r)
		dataIs(`{"updateEvent": {"event": {"version": 2, "title": {"ja": "テレワーク推進シンポジウム", "en": null},
			"tentative": false, "streamingUrl": null, "capacity": null, "applicationDeadline": null, "venue": null,
			"programParts": [{"title": {"ja": "全体会"}, "startsAt": "2026-11-30T04:30:00Z", "endsAt": "2026-11-30T06:30:00Z"}]}}}`)(t, r)

		r = s.QueryAs(editor, updateEvent, map[string]any{"id": id, "v": 2, "in": map[string]any{"capacity": 50}})
		wantCodes(t, r)
		var got struct {
			UpdateEvent struct {
				Event struct {
					Capacity     int
					Tentative    bool
					ProgramParts []json.RawMessage
				}
			}
		}
		r.Decode(t, &got)
		if e := got.UpdateEvent.Event; e.Capacity != 50 || e.Tentative || len(e.ProgramParts) != 1 {
			t.Errorf("an update of the capacity alone: %s", r.Data)
		}

		r = s.QueryAs(editor, updateEvent, map[string]any{"id": id, "v": 3, "in": map[string]any{"programParts": []any{}}})
		wantCodes(t, r)
		if p := dig(t, r.Data, "updateEvent", "event", "programParts"); string(p) != "[]" {
			t.Errorf("an empty program: %s", p)
		}
	})

	bad := func(extra map[string]any) map[string]any { return map[string]any{"in": newEventInput(extra)} }
	auth := header("Authorization", "Bearer "+editor)
	runCases(t, s, []gqlCase{
		{name: "a part that ends before it starts", query: createEvent, header: auth, vars: bad(map[string]any{"programParts": parts(
			[3]string{"第一部", "2026-11-30T04:00:00Z", "2026-11-30T05:00:00Z"},
			[3]string{"第二部", "2026-11-30T06:00:00Z", "2026-11-30T05:30:00Z"})}),
			wantCodes: []string{"BAD_USER_INPUT"}, check: refusal("BAD_USER_INPUT", "input.programParts.1.endsAt")},
		{name: "a part after the event", query: createEvent, header: auth, vars: bad(map[string]any{"programParts": parts(
			[3]string{"第一部", "2026-11-30T06:00:00Z", "2026-11-30T08:00:00Z"})}),
			wantCodes: []string{"BAD_USER_INPUT"}, check: refusal("BAD_USER_INPUT", "input.programParts.0.endsAt")},
		{name: "a part before the event", query: createEvent, header: auth, vars: bad(map[string]any{"programParts": parts(
			[3]string{"第一部", "2026-11-30T03:00:00Z", "2026-11-30T05:00:00Z"})}),
			wantCodes: []string{"BAD_USER_INPUT"}, check: refusal("BAD_USER_INPUT", "input.programParts.0.startsAt")},
		{name: "a part without a title", query: createEvent, header: auth, vars: bad(map[string]any{"programParts": parts(
			[3]string{" ", "2026-11-30T04:00:00Z", "2026-11-30T05:00:00Z"})}),
			wantCodes: []string{"BAD_USER_INPUT"}, check: refusal("BAD_USER_INPUT", "input.programParts.0.titleJa")},
		{name: "too many parts", query: createEvent, header: auth, vars: bad(map[string]any{"programParts": manyParts(21)}),
			wantCodes: []string{"BAD_USER_INPUT"}, check: refusal("BAD_USER_INPUT", "input.programParts")},
		{name: "a script as the stream link", query: createEvent, header: auth, vars: bad(map[string]any{"streamingUrl": "javascript:alert(1)"}),
			wantCodes: []string{"BAD_USER_INPUT"}, check: refusal("BAD_USER_INPUT", "input.streamingUrl")},
		{name: "a stream link with credentials", query: createEvent, header: auth, vars: bad(map[string]any{"streamingUrl": "https://user:pw@stream.example.jp/"}),
			wantCodes: []string{"BAD_USER_INPUT"}, check: refusal("BAD_USER_INPUT", "input.streamingUrl")},
		{name: "a relative stream link on update", query: updateEvent, header: auth, vars: map[string]any{"id": id, "v": 4, "in": map[string]any{"streamingUrl": "/live"}},
			wantCodes: []string{"BAD_USER_INPUT"}, check: refusal("BAD_USER_INPUT", "input.streamingUrl")},
		{name: "a part outside the event as moved by the same update", query: updateEvent, header: auth, vars: map[string]any{"id": id, "v": 4, "in": map[string]any{
			"endsAt": "2026-11-30T05:00:00Z", "programParts": parts([3]string{"第一部", "2026-11-30T04:00:00Z", "2026-11-30T06:00:00Z"})}},
			wantCodes: []string{"BAD_USER_INPUT"}, check: refusal("BAD_USER_INPUT", "input.programParts.0.endsAt")},
	})
}

func manyParts(n int) []map[string]any {
	out := make([]map[string]any, n)
	for i := range out {
		out[i] = map[string]any{"titleJa": "部", "startsAt": "2026-11-30T04:00:00Z", "endsAt": "2026-11-30T04:05:00Z"}
	}
	return out
}

// TestViewerMinistriesWhere: where each viewer may read drafts and create events, as the console
// offers them.
func TestViewerMinistriesWhere(t *testing.T) {
	s := apptest.New(t, apptest.Options{Seed: true})
	const q = `{ viewer { read: ministriesWhere(action: "read_draft", object: "event") { code }
		create: ministriesWhere(action: "create", object: "event") { code } } }`
	tests := []struct {
		name, token, want string
	}{
		{"anonymous", "", `{"viewer": {"read": [], "create": []}}`},
		{"a MIC viewer", s.Staff("viewer@mic.example.jp", telework.RoleMinistryViewer, "MIC"), `{"viewer": {"read": [{"code": "MIC"}], "create": []}}`},
		{"a MIC editor", s.Staff("editor@mic.example.jp", telework.RoleMinistryEditor, "MIC"), `{"viewer": {"read": [{"code": "MIC"}], "create": [{"code": "MIC"}]}}`},
		{"the secretariat", s.Staff("chief@example.jp", telework.RoleSecretariat, ""), `{"viewer": {"read": ` + everyMinistry + `, "create": ` + everyMinistry + `}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := s.QueryAs(tt.token, q, nil)
			wantCodes(t, r)
			dataIs(tt.want)(t, r)
		})
	}
}

const everyMinistry = `[{"code": "CAS"}, {"code": "CAO"}, {"code": "DA"}, {"code": "MIC"}, {"code": "MHLW"},
	{"code": "METI"}, {"code": "MLIT"}, {"code": "JTA"}, {"code": "MOE"}]`
