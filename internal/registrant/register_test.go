package registrant_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/teleworkmonth/platform/internal/apperr"
	"github.com/teleworkmonth/platform/internal/auth"
	"github.com/teleworkmonth/platform/internal/authz"
	"github.com/teleworkmonth/platform/internal/loader"
	"github.com/teleworkmonth/platform/internal/logo"
	"github.com/teleworkmonth/platform/internal/registrant"
	"github.com/teleworkmonth/platform/internal/store"
	"github.com/teleworkmonth/platform/internal/telework"
)

// TestRegistration runs a registrant's own writes on the demo data (FY2026's call is open, earlier
// ones closed), with the fixture of TestDecisions: the secretariat decides, the registrant acts
// with the token it got.
func TestRegistration(t *testing.T) {
	f := newFixture(t)
	t.Run("validation", f.registerValidation)
	t.Run("register, update, withdraw", f.ownRecord)
	t.Run("who may change a registration", f.ownerOnly)
	t.Run("approval and the public list", f.approvalAndPublicList)
	t.Run("logo links", f.logoLinks)
}

var registrations atomic.Int64

// newRegistration is a valid registration of FY2026 with a name of its own.
func newRegistration(publish bool) telework.NewRegistration {
	phone := "03-1234-5678"
	return telework.NewRegistration{
		FiscalYear: 2026, Kind: telework.KindCompany,
		Name:       fmt.Sprintf("登録テスト株式会社%04d", registrations.Add(1)),
		Prefecture: ptr(telework.Prefecture("TOKYO")), EmployeeCount: ptr(50), TeleworkerCount: ptr(20),
		Activities: []telework.ActivityCategory{"PRACTICING", "LEARNING"}, PublishName: publish,
		Contact: telework.Contact{Name: "登録 担当", Email: "contact@example.jp", Phone: &phone},
	}
}

func ptr[T any](v T) *T { return &v }

// register registers and returns the registrant and a context acting with its token, as the
// credential middleware establishes it.
func (f *fixture) register(t *testing.T, n telework.NewRegistration) (*telework.Registrant, context.Context) {
	t.Helper()
	r, token, err := f.svc.Register(f.as["anonymous"], n)
	if err != nil {
		t.Fatalf("Register: %v", err)
	}
	v, err := auth.NewService(f.db, auth.Options{}).Authenticate(f.as["anonymous"], "Bearer "+token)
	if err != nil || v.Kind != authz.Registrant || v.RegistrantID != r.ID {
		t.Fatalf("the token of registrant %d authenticates as %+v, %v", r.ID, v, err)
	}
	return r, authz.WithViewer(f.as["anonymous"], v)
}

func (f *fixture) registerValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		edit  func(*telework.NewRegistration)
		code  apperr.Code
		field string
	}{
		{"valid", func(*telework.NewRegistration) {}, "", ""},
		{"a closed call", func(n *telework.NewRegistration) { n.FiscalYear = 2023 }, apperr.BadUserInput, "input.fiscalYear"},
		{"no campaign", func(n *telework.NewRegistration) { n.FiscalYear = 2100 }, apperr.BadUserInput, "input.fiscalYear"},
		{"kind", func(n *telework.NewRegistration) { n.Kind = "CLUB" }, apperr.BadUserInput, "input.kind"},
		{"blank name", func(n *telework.NewRegistration) { n.Name = "\u3000" }, apperr.BadUserInput, "input.name"},
		{"kana in kanji", func(n *telework.NewRegistration) { n.NameKana = ptr("登録") }, apperr.BadUserInput, "input.nameKana"},
		{"body without prefecture", func(n *telework.NewRegistration) { n.Prefecture = nil }, apperr.BadUserInput, "input.prefecture"},
		{"individual with prefecture", func(n *telework.NewRegistration) { n.Kind = telework.KindIndividual }, apperr.BadUserInput, "input.prefecture"},
		{"industry too long", func(n *telework.NewRegistration) { n.Industry = ptr(strings.Repeat("業", 101)) }, apperr.BadUserInput, "input.industry"},
		{"more teleworkers than employees", func(n *telework.NewRegistration) { n.TeleworkerCount = ptr(51) }, apperr.BadUserInput, "input.teleworkerCount"},
		{"no activity", func(n *telework.NewRegistration) { n.Activities = nil }, apperr.BadUserInput, "input.activities"},
		{"activity twice", func(n *telework.NewRegistration) { n.Activities = append(n.Activities, "LEARNING") }, apperr.BadUserInput, "input.activities"},
		{"contact email", func(n *telework.NewRegistration) { n.Contact.Email = "contact@" }, apperr.BadUserInput, "input.contact.email"},
		{"contact phone", func(n *telework.NewRegistration) { n.Contact.Phone = ptr("+1-202-555-0100") }, apperr.BadUserInput, "input.contact.phone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := newRegistration(true)
			tt.edit(&n)
			var before int
			f.db.Get(&before, `SELECT count(*) FROM registrants`)
			r, token, err := f.svc.Register(f.as["anonymous"], n)
			wantErr(t, err, tt.code, tt.field)
			var after int
			f.db.Get(&after, `SELECT count(*) FROM registrants WHERE name = $1`, n.Name)
			if tt.code != "" && (r != nil || token != "" || after != 0) {
				t.Errorf("a refused registration returned %v, %q and stored %d", r, token, after)
			}
		})
	}
}

// ownRecord: register → the token reads the record → update with the right and a stale version →
// withdraw; every write audited once, in its transaction.
func (f *fixture) ownRecord(t *testing.T) {
	t.Parallel()
	n := newRegistration(false)
	n.Name = "　ｵｳﾝ　レコード　株式会社　" + n.Name
	n.NameKana = ptr("おうん れこーど")
	n.Contact.Email = "Owner@EXAMPLE.JP"
	r, self := f.register(t, n)
	if r.Status != telework.RegistrantRegistered || r.Version != 1 || !strings.HasPrefix(r.Name, "オウン レコード 株式会社 ") ||
		*r.NameKana != "オウン レコード" || r.ContactEmail != "Owner@example.jp" || r.CampaignID == 0 {
		t.Fatalf("registered %+v", r)
	}
	entries := f.auditOf(t, r.ID)
	if len(entries) != 1 || entries[0].Action != registrant.ActionRegister || entries[0].Actor != authz.RegistrantSubject(r.ID) ||
		entries[0].MinistryID != nil || !entries[0].At.Equal(r.RegisteredAt) || strings.Contains(string(entries[0].After), "Owner@") {
		t.Fatalf("audit of the registration: %+v", entries)
	}

	// The token reads the record and its personal data; the public does not see it.
	ctx := loader.WithLoaders(self, loader.New(f.db, nil, time.Now()))
	if got, err := f.svc.ByID(ctx, r.ID); err != nil || got == nil || f.svc.Name(ctx, got) == nil {
		t.Fatalf("the registrant reads itself: %v, %v", got, err)
	}
	if listed, _ := f.listed(t, r.ID); listed {
		t.Fatal("an unapproved registrant is public")
	}

	steps := []struct {
		name    string
		do      func() (*telework.Registrant, error)
		code    apperr.Code
		version int
		status  telework.RegistrantStatus
		action  string
	}{
		{"update", func() (*telework.Registrant, error) {
			return f.svc.UpdateMine(self, telework.RegistrationChanges{
				Industry: telework.SetTo("情報通信業"), EmployeeCount: telework.SetTo(60),
				Contact: &telework.Contact{Name: "新 担当", Email: "new@example.jp"},
			}, 1)
		}, "", 2, telework.RegistrantRegistered, registrant.ActionUpdate},
		{"update with a stale version", func() (*telework.Registrant, error) {
			return f.svc.UpdateMine(self, telework.RegistrationChanges{Name: ptr("古い版")}, 1)
		}, apperr.Conflict, 2, telework.RegistrantRegistered, ""},
		{"update that changes nothing", func() (*telework.Registrant, error) {
			return f.svc.UpdateMine(self, telework.RegistrationChanges{EmployeeCount: telework.SetTo(60)}, 2)
		}, "", 2, telework.RegistrantRegistered, ""},
		{"invalid update", func() (*telework.Registrant, error) {
			return f.svc.UpdateMine(self, telework.RegistrationChanges{EmployeeCount: telework.SetTo(10)}, 2)
		}, apperr.BadUserInput, 2, telework.RegistrantRegistered, ""},
		{"withdraw", func() (*telework.Registrant, error) { return f.svc.Withdraw(self) },
			"", 3, telework.RegistrantWithdrawn, registrant.ActionWithdraw},
		{"withdraw again", func() (*telework.Registrant, error) { return f.svc.Withdraw(self) },
			"", 3, telework.RegistrantWithdrawn, ""},
		{"update the withdrawn", func() (*telework.Registrant, error) {
			return f.svc.UpdateMine(self, telework.RegistrationChanges{Name: ptr("撤回後")}, 3)
		}, apperr.Conflict, 3, telework.RegistrantWithdrawn, ""},
		{"approve the withdrawn", func() (*telework.Registrant, error) { return f.svc.Approve(f.as["secretariat"], r.ID) },
			apperr.Conflict, 3, telework.RegistrantWithdrawn, ""},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			before := len(f.auditOf(t, r.ID))
			got, err := s.do()
			field := ""
			if s.code == apperr.BadUserInput {
				field = "input.employeeCount"
			}
			wantErr(t, err, s.code, field)
			stored := f.load(t, r.ID)
			if stored.Version != s.version || stored.Status != s.status {
				t.Errorf("stored %s at version %d, want %s at %d", stored.Status, stored.Version, s.status, s.version)
			}
			if err == nil && (got.Version != stored.Version || got.Status != stored.Status) {
				t.Errorf("returned %s at %d, stored %s at %d", got.Status, got.Version, stored.Status, stored.Version)
			}
			wrote := f.auditOf(t, r.ID)[before:]
			if s.action == "" {
				if len(wrote) != 0 {
					t.Errorf("%d audit entries for no change", len(wrote))
				}
				return
			}
			if len(wrote) != 1 || wrote[0].Action != s.action || wrote[0].Actor != authz.RegistrantSubject(r.ID) ||
				!wrote[0].At.Equal(stored.UpdatedAt) {
				t.Errorf("audit entries %+v, want one %s by the registrant in the change's transaction", wrote, s.action)
			}
			var after map[string]any
			if json.Unmarshal(wrote[0].After, &after) != nil || after["ContactEmail"] != "***" || after["Status"] != string(s.status) {
				t.Errorf("audit record %s", wrote[0].After)
			}
		})
	}
	stored := f.load(t, r.ID)
	if *stored.Industry != "情報通信業" || *stored.EmployeeCount != 60 || stored.ContactEmail != "new@example.jp" || stored.ContactPhone != nil {
		t.Errorf("stored %+v", stored)
	}
	var withdrawnAt *time.Time
	if err := f.db.Get(&withdrawnAt, `SELECT withdrawn_at FROM registrants WHERE id = $1`, r.ID); err != nil || withdrawnAt == nil {
		t.Errorf("withdrawn at %v, %v", withdrawnAt, err)
	}
	// The token still reads the withdrawn registration.
	ctx = loader.WithLoaders(self, loader.New(f.db, nil, time.Now()))
	if got, err := f.svc.ByID(ctx, r.ID); err != nil || got == nil || got.Status != telework.RegistrantWithdrawn {
		t.Errorf("the withdrawn registrant reads itself: %v, %v", got, err)
	}
}

// ownerOnly: only the registrant's own token changes or withdraws it.
func (f *fixture) ownerOnly(t *testing.T) {
	t.Parallel()
	r, _ := f.register(t, newRegistration(true))
	other, _ := f.register(t, newRegistration(true))
	actors := []struct {
		name string
		ctx  context.Context
		want apperr.Code
	}{
		{"anonymous", f.as["anonymous"], apperr.Unauthenticated},
		{"the secretariat", f.as["secretariat"], apperr.Forbidden},
		{"a ministry's admin", f.as["MIC admin"], apperr.Forbidden},
		{"a partner", authz.WithViewer(f.as["anonymous"], &authz.Viewer{Kind: authz.Partner, APIKeyID: r.ID}), apperr.Forbidden},
		{"an applicant", authz.WithViewer(f.as["anonymous"], &authz.Viewer{Kind: authz.Applicant, ApplicationID: r.ID}), apperr.Forbidden},
	}
	for _, a := range actors {
		t.Run(a.name, func(t *testing.T) {
			_, err := f.svc.UpdateMine(a.ctx, telework.RegistrationChanges{Name: ptr("乗っ取り")}, 1)
			wantErr(t, err, a.want, "")
			_, err = f.svc.Withdraw(a.ctx)
			wantErr(t, err, a.want, "")
		})
	}
	// Another registrant's token changes its own registration, never r.
	ctx := authz.WithViewer(f.as["anonymous"], &authz.Viewer{Kind: authz.Registrant, RegistrantID: other.ID})
	if _, err := f.svc.UpdateMine(ctx, telework.RegistrationChanges{Name: ptr("別の登録")}, 1); err != nil {
		t.Fatal(err)
	}
	if got := f.load(t, r.ID); got.Version != 1 || got.Name != r.Name {
		t.Errorf("registrant %d changed by another: %+v", r.ID, got)
	}
}

// approvalAndPublicList: the secretariat's approval lists a registrant that consented; changing
// its name sends it back for review; withdrawing takes it off the list.
func (f *fixture) approvalAndPublicList(t *testing.T) {
	t.Parallel()
	r, self := f.register(t, newRegistration(true))
	unlisted, _ := f.register(t, newRegistration(false))
	for _, id := range []int64{r.ID, unlisted.ID} {
		if _, err := f.svc.Approve(f.as["secretariat"], id); err != nil {
			t.Fatal(err)
		}
	}
	if listed, _ := f.listed(t, r.ID); !listed || !f.onPublicList(t, r.Name) {
		t.Fatal("an approved registrant that consented is not on the public list")
	}
	if listed, _ := f.listed(t, unlisted.ID); listed || f.onPublicList(t, unlisted.Name) {
		t.Fatal("an approved registrant that did not consent is on the public list")
	}

	// A change of what the list does not show keeps it approved.
	got, err := f.svc.UpdateMine(self, telework.RegistrationChanges{Activities: []telework.ActivityCategory{"PROMOTING"}}, 2)
	if err != nil || got.Status != telework.RegistrantApproved || !f.onPublicList(t, r.Name) {
		t.Fatalf("after changing activities: %v, %v", got, err)
	}
	// A new name goes back to the secretariat before the public sees it.
	renamed := r.Name + " 改"
	got, err = f.svc.UpdateMine(self, telework.RegistrationChanges{Name: &renamed}, 3)
	if err != nil || got.Status != telework.RegistrantRegistered || f.onPublicList(t, renamed) || f.onPublicList(t, r.Name) {
		t.Fatalf("after renaming: %v, %v", got, err)
	}
	if _, err := f.svc.Approve(f.as["secretariat"], r.ID); err != nil || !f.onPublicList(t, renamed) {
		t.Fatalf("approving the new name: %v", err)
	}
	if _, err := f.svc.Withdraw(self); err != nil {
		t.Fatal(err)
	}
	if listed, _ := f.listed(t, r.ID); listed || f.onPublicList(t, renamed) {
		t.Fatal("a withdrawn registrant is on the public list")
	}

	// A rejected registrant may not change its registration.
	rejected, rctx := f.register(t, newRegistration(true))
	if _, err := f.svc.Reject(f.as["secretariat"], rejected.ID, "活動内容が確認できないため"); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.UpdateMine(rctx, telework.RegistrationChanges{Name: ptr("再申請")}, 2)
	wantErr(t, err, apperr.Conflict, "")
}

// onPublicList reports whether the public list of FY2026 shows a registrant of this name.
func (f *fixture) onPublicList(t *testing.T, name string) bool {
	t.Helper()
	ctx := loader.WithLoaders(f.as["anonymous"], loader.New(f.db, nil, time.Now()))
	first, fy := 5, 2026
	page, err := registrant.PageOf(&first, nil)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := f.svc.List(ctx, store.RegistrantFilter{FiscalYear: &fy, Search: &name}, page, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range conn.Nodes {
		if r.Name == name {
			return true
		}
	}
	return false
}

// logoLinks: the registrant's link downloads the logo; a tampered or expired link, and any link
// once the registrant has withdrawn or been rejected, is refused.
func (f *fixture) logoLinks(t *testing.T) {
	t.Parallel()
	signer := logo.NewRandomSigner()
	srv := httptest.NewServer(logo.Handler(signer, f.svc.LogoStatus))
	t.Cleanup(srv.Close)
	get := func(t *testing.T, link string) (int, http.Header, []byte) {
		t.Helper()
		resp, err := http.Get(srv.URL + link)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header, body
	}

	r, self := f.register(t, newRegistration(true))
	link := f.svc.LogoURL(self, r, signer)
	if link == nil {
		t.Fatal("no logo link for the registrant itself")
	}
	if got := f.svc.LogoURL(f.as["anonymous"], r, signer); got != nil {
		t.Errorf("the public gets a logo link: %s", *got)
	}
	if got := f.svc.LogoURL(self, r, nil); got != nil {
		t.Errorf("a logo link without a signer: %s", *got)
	}
	code, h, body := get(t, *link)
	if want, _ := logo.File(logo.SVG); code != http.StatusOK || h.Get("Content-Type") != "image/svg+xml" || string(body) != string(want) {
		t.Fatalf("the registrant's link: %d %s, %d bytes", code, h.Get("Content-Type"), len(body))
	}
	if code, h, _ := get(t, signer.URL(r.ID, logo.PNG, time.Now())); code != http.StatusOK || h.Get("Content-Type") != "image/png" {
		t.Errorf("the PNG link: %d %s", code, h.Get("Content-Type"))
	}

	tampered := strings.Replace(*link, "r="+strconv.FormatInt(r.ID, 10), "r="+strconv.FormatInt(r.ID+1, 10), 1)
	expired := signer.URL(r.ID, logo.SVG, time.Now().Add(-logo.LinkTTL-time.Second))
	for name, l := range map[string]string{"tampered": tampered, "expired": expired, "another server's": logo.NewRandomSigner().URL(r.ID, logo.SVG, time.Now())} {
		if code, _, _ := get(t, l); code != http.StatusForbidden {
			t.Errorf("%s link: %d, want 403", name, code)
		}
	}
	if code, _, _ := get(t, signer.URL(1<<40, logo.SVG, time.Now())); code != http.StatusForbidden {
		t.Errorf("a link of an unknown registrant: %d, want 403", code)
	}

	if _, err := f.svc.Withdraw(self); err != nil {
		t.Fatal(err)
	}
	if code, _, _ := get(t, *link); code != http.StatusForbidden {
		t.Errorf("the link of a withdrawn registrant: %d, want 403", code)
	}
	withdrawn := f.load(t, r.ID).Registrant
	if got := f.svc.LogoURL(self, &withdrawn, signer); got != nil {
		t.Errorf("a withdrawn registrant gets a logo link: %s", *got)
	}

	rejected, rctx := f.register(t, newRegistration(true))
	rlink := f.svc.LogoURL(rctx, rejected, signer)
	decided, err := f.svc.Reject(f.as["secretariat"], rejected.ID, "重複登録のため")
	if err != nil {
		t.Fatal(err)
	}
	if code, _, _ := get(t, *rlink); code != http.StatusForbidden {
		t.Errorf("the link of a rejected registrant: %d, want 403", code)
	}
	if got := f.svc.LogoURL(rctx, decided, signer); got != nil {
		t.Errorf("a rejected registrant gets a logo link: %s", *got)
	}
}
