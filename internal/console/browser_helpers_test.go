package console_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/teleworkmonth/platform/internal/apptest"
	"github.com/teleworkmonth/platform/internal/playground/browsertest"
	"github.com/teleworkmonth/platform/internal/seed"
)

// screenshotsDir, when set, receives a copy of every screenshot (to choose those for docs/);
// they always go to the test's artifact directory (go test -artifacts keeps them).
var screenshotsDir = flag.String("screenshots", "", "also write the console's screenshots to this directory")

// axePath is axe-core's browser build, installed by npm ci in web/console.
const axePath = "../../web/console/node_modules/axe-core/axe.min.js"

var axeSource = sync.OnceValues(func() (string, error) {
	b, err := os.ReadFile(axePath)
	return string(b), err
})

// browser is a headless Chromium on the console of a test server.
type browser struct {
	t    *testing.T
	s    *apptest.Server
	ctx  context.Context
	mu   sync.Mutex
	errs []string
	axe  string // "" when axe-core is not installed
}

// newBrowser starts the application with the demo data and the demo staff, and a browser on it.
func newBrowser(t *testing.T) *browser {
	t.Helper()
	chromium := browsertest.Require(t)
	s := apptest.New(t, apptest.Options{Seed: true})
	if _, err := seed.CreateDemoStaff(context.Background(), s.DB); err != nil {
		t.Fatal(err)
	}
	if err := s.App.Policy.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	axe, err := axeSource()
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("axe-core is not installed (%v): run npm ci in web/console", err)
		}
		t.Logf("axe-core is not installed (run npm ci in web/console): the accessibility checks are skipped")
	}
	host, _ := url.Parse(s.URL)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, browsertest.AllocatorOptions(chromium, host.Hostname())...)
	t.Cleanup(cancelAlloc)
	b := &browser{t: t, s: s, axe: axe}
	tab, cancelTab := chromedp.NewContext(alloc, chromedp.WithListener(b.listen))
	t.Cleanup(cancelTab)
	b.ctx = tab
	b.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + (e.blockedURI || 'inline')));`,
		})
		return err
	}), chromedp.EmulateViewport(1280, 800))
	t.Cleanup(func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		if len(b.errs) > 0 {
			t.Errorf("page errors: %q", b.errs)
		}
	})
	return b
}

func (b *browser) listen(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch e := ev.(type) {
	case *runtime.EventExceptionThrown:
		b.errs = append(b.errs, "exception: "+e.ExceptionDetails.Text)
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError {
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			b.errs = append(b.errs, "console: "+strings.Join(parts, " "))
		}
	}
}

func (b *browser) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatalf("browser: %v", err)
	}
}

func eval[T any](b *browser, js string, opts ...chromedp.EvaluateOption) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](js, opts...))
	if err != nil {
		b.t.Fatalf("browser: evaluate %.60q: %v", js, err)
	}
	return v
}

// waitFor polls a JavaScript condition until it holds (or the test's time runs out).
func (b *browser) waitFor(what, cond string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(25*time.Millisecond))); err != nil {
		b.t.Fatalf("browser: waiting for %s: %v (at %s, h1 %q)", what, err, b.location(), b.heading())
	}
}

// open loads an address of the server (a path) as a person typing it would.
func (b *browser) open(path string) {
	b.t.Helper()
	b.do(chromedp.Navigate(b.s.URL + path))
}

func (b *browser) location() string { return eval[string](b, `location.pathname + location.search`) }

func (b *browser) heading() string {
	return eval[string](b, `(document.querySelector('h1') || {textContent: ''}).textContent`)
}

// waitHeading waits for the screen whose h1 is text.
func (b *browser) waitHeading(text string) {
	b.t.Helper()
	b.waitFor("the h1 "+text, fmt.Sprintf(`(document.querySelector('h1') || {}).textContent === %q`, text))
}

// focusedJS names the element that has the focus: its id, else its text.
const focusedJS = `(() => { const e = document.activeElement; return e ? (e.id || e.className && e.className.includes('error-summary') && 'error-summary' || e.textContent.trim()) : ''; })()`

// focused names the element that has the focus: its id, else its text.
func (b *browser) focused() string { return eval[string](b, focusedJS) }

// waitFocused waits until the element named want has the focus: a screen moves the focus once it
// has rendered, a moment after its heading appears.
func (b *browser) waitFocused(want string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
	defer cancel()
	cond := fmt.Sprintf(`%s === %q`, focusedJS, want)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(25*time.Millisecond))); err != nil {
		b.t.Errorf("the focus is on %q, want %q", b.focused(), want)
	}
}

// press sends keys (kb.Tab, kb.Enter, text) to the focused element.
func (b *browser) press(keys string, opts ...chromedp.KeyOption) {
	b.t.Helper()
	b.do(chromedp.KeyEvent(keys, opts...))
}

// tabTo presses Tab (Shift+Tab when back) until the element named want has the focus.
func (b *browser) tabTo(want string, back bool) {
	b.t.Helper()
	var opts []chromedp.KeyOption
	if back {
		opts = append(opts, chromedp.KeyModifiers(chromedp.ModifierShift))
	}
	var seen []string
	for range 30 {
		b.press(kb.Tab, opts...)
		got := b.focused()
		if got == want {
			return
		}
		seen = append(seen, got)
	}
	b.t.Fatalf("tabbing never reached %q: %q", want, seen)
}

// fill types into a field by its id.
func (b *browser) fill(id, text string) {
	b.t.Helper()
	b.do(chromedp.Focus(chromedp.CSS("#"+cssID(id))), chromedp.KeyEvent(text))
}

// signIn signs in through the sign-in screen (already open) and waits for the screen after it.
func (b *browser) signIn(email, password, then string) {
	b.t.Helper()
	b.waitHeading("ログイン")
	b.fill("email", email)
	b.fill("password", password)
	b.do(chromedp.Click(chromedp.CSS("button[type=submit]")))
	b.waitHeading(then)
}

// setLang switches the language with the header's switch and waits for it.
func (b *browser) setLang(lang string) {
	b.t.Helper()
	if eval[string](b, `document.documentElement.lang`) == lang {
		return
	}
	b.do(chromedp.Click(chromedp.CSS(`header button[lang="` + lang + `"]`)))
	b.waitFor("lang "+lang, fmt.Sprintf(`document.documentElement.lang === %q`, lang))
}

// check runs axe-core on the screen (no violation of impact serious or critical allowed),
// checks that it fits 390 px and 200 %% text without scrolling sideways, and takes its screenshots
// at 1280×800 and 390×844.
func (b *browser) check(name string) {
	b.t.Helper()
	if b.axe != "" {
		if !eval[bool](b, `typeof axe !== 'undefined'`) {
			eval[any](b, b.axe+"\n;true")
		}
		found := eval[string](b, `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}, resultTypes: ['violations']})
			.then((r) => JSON.stringify({passes: r.passes.length, violations: r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' '))}))}))`,
			chromedp.EvalAwaitPromise)
		var result struct {
			Passes     int
			Violations []any
		}
		if err := json.Unmarshal([]byte(found), &result); err != nil || len(result.Violations) > 0 || result.Passes == 0 {
			b.t.Errorf("%s: axe-core finds %s", name, found)
		}
	}
	overflow := `document.documentElement.scrollWidth > window.innerWidth + 1`
	for _, size := range []struct {
		w, h   int64
		mobile bool
	}{{390, 844, true}, {1280, 800, false}} {
		opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(1)}
		if size.mobile {
			opts = append(opts, chromedp.EmulateMobile)
		}
		b.do(chromedp.EmulateViewport(size.w, size.h, opts...))
		if eval[bool](b, overflow) {
			b.t.Errorf("%s: at %d px the page scrolls sideways", name, size.w)
		}
		shot, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			b.t.Fatal(err)
		}
		file := fmt.Sprintf("%s-%dx%d.png", name, size.w, size.h)
		for _, dir := range []string{b.t.ArtifactDir(), *screenshotsDir} {
			if dir != "" {
				if err := os.WriteFile(filepath.Join(dir, file), shot, 0o644); err != nil {
					b.t.Fatal(err)
				}
			}
		}
	}
	eval[any](b, `document.documentElement.style.fontSize = '200%'; 0`)
	if eval[bool](b, overflow) {
		b.t.Errorf("%s: at 200 %% text the page scrolls sideways", name)
	}
	eval[any](b, `document.documentElement.style.fontSize = ''; 0`)
}
