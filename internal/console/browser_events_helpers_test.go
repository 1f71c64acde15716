package console_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/teleworkmonth/platform/internal/relay"
	"github.com/teleworkmonth/platform/internal/seed"
)

// The demo staff of every role the event screens tell apart.
const (
	secretariat = "secretariat@example.jp"
	micEditor   = "mic-editor@example.jp"
	micViewer   = "mic-viewer@example.jp"
	mhlwAdmin   = "mhlw-admin@example.jp"
)

// signInAs opens the sign-in screen and signs in, landing where the console sends that person.
func (b *browser) signInAs(email, then string) {
	b.t.Helper()
	b.open("/admin/signin")
	b.signIn(email, seed.DemoStaffPassword, then)
}

// main is the text of the screen's main landmark, as it reads.
func (b *browser) main() string {
	return eval[string](b, `document.querySelector('main').innerText`)
}

// setValue sets a field by its id as typing or choosing would (for dates and times, whose typing
// depends on the browser's locale, and for selects) and lets the screen know.
func (b *browser) setValue(id, value string) {
	b.t.Helper()
	js := fmt.Sprintf(`(() => {
		const el = document.getElementById(%q);
		const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
		Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, %q);
		el.dispatchEvent(new Event('input', {bubbles: true}));
		el.dispatchEvent(new Event('change', {bubbles: true}));
		return true;
	})()`, id, value)
	b.waitFor("the field "+id, fmt.Sprintf(`!!document.getElementById(%q)`, id))
	eval[bool](b, js)
}

// replace selects a text field's content by its id and types text over it.
func (b *browser) replace(id, text string) {
	b.t.Helper()
	eval[any](b, fmt.Sprintf(`document.getElementById(%q).select(); 0`, id))
	b.do(chromedp.Focus(chromedp.CSS("#"+cssID(id))), chromedp.KeyEvent(text))
}

// click clicks the first element that matches a CSS selector.
func (b *browser) click(sel string) {
	b.t.Helper()
	b.do(chromedp.Click(chromedp.CSS(sel)))
}

// clickText clicks the link or button whose text is text.
func (b *browser) clickText(text string) {
	b.t.Helper()
	found := eval[bool](b, fmt.Sprintf(`(() => { const e = [...document.querySelectorAll('a, button')].find((e) => e.textContent.trim() === %q); if (e) e.click(); return !!e; })()`, text))
	if !found {
		b.t.Fatalf("no link or button %q on %s (h1 %q)", text, b.location(), b.heading())
	}
}

// texts returns the text of every element that matches a CSS selector.
func (b *browser) texts(sel string) []string {
	var out []string
	if err := json.Unmarshal([]byte(eval[string](b, fmt.Sprintf(`JSON.stringify([...document.querySelectorAll(%q)].map((e) => e.textContent.trim()))`, sel))), &out); err != nil {
		b.t.Fatal(err)
	}
	return out
}

// cssID escapes an id for a CSS selector (ids such as venue-nameJa need none; a dot would).
func cssID(id string) string { return strings.ReplaceAll(id, ".", `\.`) }

// tab opens another tab of the same browser (the same cookies: the same person) on the same
// server.
func (b *browser) tab() *browser {
	b.t.Helper()
	other := &browser{t: b.t, s: b.s, axe: b.axe}
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithListener(other.listen))
	b.t.Cleanup(cancel)
	other.ctx = ctx
	other.do(chromedp.EmulateViewport(1280, 800))
	return other
}

// token signs a demo staff member in through the API and returns the session token.
func (b *browser) token(email string) string {
	b.t.Helper()
	r := b.s.Query(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
		map[string]any{"e": email, "p": seed.DemoStaffPassword})
	var data struct{ Login struct{ Token string } }
	r.Decode(b.t, &data)
	return data.Login.Token
}

// createDraft creates a draft event of FY2026 through the API as a demo staff member, with extra
// fields over a plain seminar at a Tokyo venue, and returns its ID.
func (b *browser) createDraft(email, host, title string, extra map[string]any) string {
	b.t.Helper()
	in := map[string]any{
		"fiscalYear": 2026, "hostMinistryCode": host, "kind": "SEMINAR", "titleJa": title,
		"startsAt": "2027-01-20T04:00:00Z", "endsAt": "2027-01-20T06:00:00Z", "onlineStreaming": false, "feeYen": 0,
		"venue": map[string]any{"nameJa": "霞が関ビル", "prefecture": "TOKYO"}, "capacity": 50,
	}
	for k, v := range extra {
		in[k] = v
	}
	r := b.s.QueryAs(b.token(email), `mutation($in: CreateEventInput!) { createEvent(input: $in) { event { id } } }`, map[string]any{"in": in})
	var data struct {
		CreateEvent struct{ Event struct{ ID string } }
	}
	r.Decode(b.t, &data)
	if data.CreateEvent.Event.ID == "" {
		b.t.Fatalf("createEvent: %s", r.Body)
	}
	return data.CreateEvent.Event.ID
}

// eventKey is the database key of an event's global ID.
func (b *browser) eventKey(id string) int64 {
	b.t.Helper()
	key, err := relay.ParseIDOf(relay.KindEvent, id)
	if err != nil {
		b.t.Fatal(err)
	}
	return key
}

// sql runs a statement on the test's database and returns the first column of its one row.
func sqlOne[T any](b *browser, query string, args ...any) T {
	b.t.Helper()
	var v T
	if err := b.s.DB.GetContext(context.Background(), &v, query, args...); err != nil {
		b.t.Fatalf("%s: %v", query, err)
	}
	return v
}

// fullShot takes a screenshot of the whole screen, from its top to its end, at 1280 px wide (for
// the documentation: a viewport's height shows little of a list or a form).
func (b *browser) fullShot(name string) {
	b.t.Helper()
	b.do(chromedp.EmulateViewport(1280, 800, chromedp.EmulateScale(1)))
	height := eval[float64](b, `document.documentElement.scrollHeight`)
	shot, err := chromedp.Run(b.ctx, chromedp.Action[[]byte](func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		r, err := cdp.Call(ctx, tg, page.CaptureScreenshot, page.CaptureScreenshotParams{
			CaptureBeyondViewport: ptr(true), FromSurface: ptr(true), Format: page.CaptureScreenshotFormatPng,
			Clip: &page.Viewport{Width: 1280, Height: height, Scale: 1},
		})
		if err != nil {
			return nil, err
		}
		return r.Data, nil
	}))
	if err != nil {
		b.t.Fatal(err)
	}
	for _, dir := range []string{b.t.ArtifactDir(), *screenshotsDir} {
		if dir != "" {
			if err := os.WriteFile(filepath.Join(dir, name+"-full.png"), shot, 0o644); err != nil {
				b.t.Fatal(err)
			}
		}
	}
}

func ptr[T any](v T) *T { return &v }
