// Package browsertest drives a headless Chromium through the GraphQL
// playground, for tests: it loads the page, runs one query through GraphiQL's
// editor and run button, and reports the answer shown and every network
// request the page made. AllocatorOptions start the same offline browser for other browser tests
// (the console's).
package browsertest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Result is what RunQuery saw.
type Result struct {
	// Answer is the text of GraphiQL's result pane: the JSON answer.
	Answer string
	// Requests lists the URL of every network request the page made, in
	// order, starting with the page itself, including WebSocket connections.
	Requests []string
	// Errors lists the page's uncaught exceptions, console errors and
	// Content-Security-Policy violations; a healthy page has none.
	Errors []string
}

// DefaultTimeout bounds RunQuery when ctx has no deadline.
const DefaultTimeout = time.Minute

// FindChromium returns the Chromium to use: the program named by the
// environment variable CHROMIUM_PATH, or else the first of chromium,
// chromium-browser and google-chrome found on PATH.
func FindChromium() (string, bool) {
	if p := os.Getenv("CHROMIUM_PATH"); p != "" {
		if lp, err := exec.LookPath(p); err == nil {
			return lp, true
		}
		return "", false
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, true
		}
	}
	return "", false
}

// Require returns the Chromium to use, or skips the test when there is none.
func Require(tb testing.TB) string {
	tb.Helper()
	p, ok := FindChromium()
	if !ok {
		tb.Skip("no Chromium found (install the Debian package chromium, or set CHROMIUM_PATH): skipping the browser test")
	}
	return p
}

// Selectors of GraphiQL 3's DOM.
const (
	queryEditorSel = ".graphiql-query-editor .CodeMirror"
	runButtonSel   = ".graphiql-execute-button"
)

// jsSetQuery replaces the query editor's text (a CodeMirror 5 instance).
// GraphiQL parses the text 100 ms after a change (debounced) into the
// editor's documentAST, which decides for example whether the operation is a
// subscription; so documentAST is cleared here, and jsQueryParsed waits until
// GraphiQL has set it again.
const jsSetQuery = `((q) => {
	const el = document.querySelector(%q);
	if (!el || !el.CodeMirror) throw new Error('no query editor');
	el.CodeMirror.documentAST = undefined;
	el.CodeMirror.setValue(q);
	return el.CodeMirror.getValue() === q;
})(%s)`

const jsQueryParsed = `document.querySelector(%q).CodeMirror.documentAST !== undefined`

// jsAnswer yields the result pane's text once it holds JSON, and null before.
const jsAnswer = `(() => {
	const el = document.querySelector('.graphiql-response .result-window .CodeMirror');
	if (!el || !el.CodeMirror) return null;
	const v = el.CodeMirror.getValue();
	if (v.trim() === '') return null;
	try { JSON.parse(v); } catch (e) { return null; }
	return v;
})()`

// jsWatchCSP records the page's Content-Security-Policy violations in the
// console, where RunQuery collects them; it runs before the page's scripts.
const jsWatchCSP = `document.addEventListener('securitypolicyviolation', (e) => {
	console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});`

// RunQuery starts a fresh headless Chromium (the program chromiumPath, with a
// new temporary profile), opens pageURL, waits for GraphiQL's query editor,
// replaces its content with query, presses the run button and waits until the
// result pane shows a JSON answer. It returns that answer and the URL of every
// request the page made. The browser is gone when RunQuery returns.
//
// RunQuery is bounded by ctx, or by DefaultTimeout if ctx has no deadline.
// When it fails after the page started loading, the returned Result still
// holds the requests and errors seen so far, for diagnosis.
func RunQuery(ctx context.Context, chromiumPath, pageURL, query string) (Result, error) {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, DefaultTimeout)
		defer cancel()
	}

	pageU, err := url.Parse(pageURL)
	if err != nil || pageU.Hostname() == "" {
		return Result{}, fmt.Errorf("browsertest: bad page URL %q", pageURL)
	}

	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, AllocatorOptions(chromiumPath, pageU.Hostname())...)
	defer cancelAlloc()

	var (
		mu  sync.Mutex
		res Result
	)
	snapshot := func() Result {
		mu.Lock()
		defer mu.Unlock()
		return Result{
			Answer:   res.Answer,
			Requests: append([]string(nil), res.Requests...),
			Errors:   append([]string(nil), res.Errors...),
		}
	}
	// The listener runs in the tab's message loop, in the order of the
	// events, from the tab's start on: it must return fast.
	listen := func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			res.Requests = append(res.Requests, e.Request.URL)
		case *network.EventWebSocketCreated:
			res.Requests = append(res.Requests, e.URL)
		case *runtime.EventExceptionThrown:
			msg := e.ExceptionDetails.Text
			if ex := e.ExceptionDetails.Exception; ex != nil && ex.Description != "" {
				msg += " " + ex.Description
			}
			res.Errors = append(res.Errors, "exception: "+msg)
		case *runtime.EventConsoleAPICalled:
			if e.Type != runtime.ConsoleAPICalledTypeError && e.Type != runtime.ConsoleAPICalledTypeAssert {
				return
			}
			var parts []string
			for _, a := range e.Args {
				if len(a.Value) > 0 {
					var s string
					if json.Unmarshal(a.Value, &s) == nil {
						parts = append(parts, s)
					} else {
						parts = append(parts, string(a.Value))
					}
				} else {
					parts = append(parts, a.Description)
				}
			}
			res.Errors = append(res.Errors, "console: "+strings.Join(parts, " "))
		}
	}
	tabCtx, cancelTab := chromedp.NewContext(allocCtx, chromedp.WithListener(listen))
	defer cancelTab()

	// Start the browser first, so that a failure to start it is told apart
	// from a broken page.
	if err := chromedp.Do(tabCtx); err != nil {
		return snapshot(), fmt.Errorf("browsertest: start %s: %w", chromiumPath, err)
	}

	watchCSP := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument,
			page.AddScriptToEvaluateOnNewDocumentParams{Source: jsWatchCSP})
		return err
	})
	setQuery := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		ok, err := chromedp.Evaluate[bool](fmt.Sprintf(jsSetQuery, queryEditorSel, quoteJS(query)))(ctx, t)
		if err == nil && !ok {
			err = errors.New("the editor did not take the query")
		}
		return err
	})
	steps := []struct {
		what   string
		action chromedp.Action[chromedp.Void]
	}{
		{"watch for CSP violations", watchCSP},
		{"open " + pageURL, chromedp.Navigate(pageURL)},
		{"wait for the query editor", chromedp.WaitVisible(chromedp.CSS(queryEditorSel))},
		{"set the query", setQuery},
		{"wait until GraphiQL parsed the query", chromedp.Poll[chromedp.Void](fmt.Sprintf(jsQueryParsed, queryEditorSel),
			chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(0))},
		{"wait for the run button", chromedp.WaitEnabled(chromedp.CSS(runButtonSel))},
		{"click the run button", chromedp.Click(chromedp.CSS(runButtonSel), chromedp.NodeVisible)},
	}
	for _, s := range steps {
		if err := chromedp.Do(tabCtx, s.action); err != nil {
			seen := snapshot()
			return seen, stepError(ctx, s.what, err, seen)
		}
	}
	answer, err := chromedp.Run(tabCtx, chromedp.Poll[string](jsAnswer,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(0)))
	if err != nil {
		seen := snapshot()
		return seen, stepError(ctx, "wait for a JSON answer", err, seen)
	}
	mu.Lock()
	res.Answer = answer
	mu.Unlock()

	// Close the browser now, so that the profile is removed before RunQuery
	// returns.
	if err := chromedp.Cancel(tabCtx); err != nil && ctx.Err() == nil {
		return snapshot(), fmt.Errorf("browsertest: close the browser: %w", err)
	}
	return snapshot(), nil
}

// AllocatorOptions are the options of a headless Chromium (the program chromiumPath) for a test
// of pages served by pageHost: a fresh temporary profile, and nothing that reaches the network
// but pageHost, as on the government networks the server is made for.
func AllocatorOptions(chromiumPath, pageHost string) []chromedp.ExecAllocatorOption {
	// No chromedp.UserDataDir: chromedp then makes a fresh temporary profile
	// and removes it once the browser is gone.
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		// Keep Chromium itself off the network: without these it contacts
		// Google hosts (component updates, sync, field trials, QUIC probes,
		// network time).
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-component-extensions-with-background-pages", true),
		chromedp.Flag("disable-client-side-phishing-detection", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("disable-breakpad", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("no-service-autorun", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("safebrowsing-disable-auto-update", true),
		chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,"+
			"CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying"),
		// Chromium 156 still asks accounts.google.com and update.googleapis.com
		// with all of the above. So no host name resolves, except the page's:
		// nothing leaves the machine, as on the networks the playground is
		// for. A request of the page to another host is still recorded.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE "+pageHost),
		// Containers often have a small /dev/shm.
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("use-mock-keychain", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.WindowSize(1280, 900),
	}
}

func stepError(ctx context.Context, what string, err error, seen Result) error {
	if ctxErr := ctx.Err(); ctxErr != nil && !errors.Is(err, ctxErr) {
		err = fmt.Errorf("%w (%w)", ctxErr, err)
	}
	return fmt.Errorf("browsertest: %s: %w (page errors: %q)", what, err, seen.Errors)
}

// quoteJS returns s as a JavaScript string literal.
func quoteJS(s string) string {
	b, _ := json.Marshal(s) // JSON strings are JS strings; Marshal escapes U+2028 and U+2029
	return string(b)
}
