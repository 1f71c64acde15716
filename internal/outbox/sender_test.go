package outbox_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/rs/zerolog"

	"github.com/teleworkmonth/platform/internal/outbox"
	"github.com/teleworkmonth/platform/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// fast are options that make a test's retries come within milliseconds.
var fast = outbox.Options{PollInterval: 10 * time.Millisecond, BaseBackoff: 150 * time.Millisecond, MaxBackoff: time.Second, MaxAttempts: 3}

func enqueue(t *testing.T, db *sqlx.DB, n int) []int64 {
	t.Helper()
	ids := make([]int64, n)
	for i := range n {
		id, err := outbox.Enqueue(t.Context(), db, outbox.Message{
			Kind: "application.confirmed", ObjectType: "EventApplication", ObjectID: int64(i + 1),
			To: fmt.Sprintf("hanako.%d@example.jp", i), Subject: "【テレワーク月間】お申し込みを受け付けました / Registration confirmed",
			Body: "申込 花子 様\n\nお申し込みを受け付けました。\n.\nDear Hanako,\n",
		})
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = id
	}
	return ids
}

// row is a message's delivery state.
type row struct {
	Attempts  int        `db:"attempts"`
	Sent      *time.Time `db:"sent_at"`
	Failed    *time.Time `db:"failed_at"`
	NextDue   time.Time  `db:"next_attempt_at"`
	LastError *string    `db:"last_error"`
}

func state(t *testing.T, db *sqlx.DB, id int64) row {
	t.Helper()
	var r row
	if err := db.GetContext(t.Context(), &r, `SELECT attempts, sent_at, failed_at, next_attempt_at, last_error FROM outbox_messages WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	return r
}

// counter is a delivery that counts what it delivers, by message ID.
type counter struct {
	mu    sync.Mutex
	count map[int64]int
	delay time.Duration
}

func (c *counter) deliver(ctx context.Context, m *outbox.Outgoing) error {
	time.Sleep(c.delay)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.count == nil {
		c.count = map[int64]int{}
	}
	c.count[m.ID]++
	return nil
}

func TestDeliveredOnce(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	ids := enqueue(t, db, 3)
	c := &counter{}
	s := outbox.NewSender(db, c.deliver, zerolog.Nop(), fast)
	if sent, err := s.SendDue(t.Context()); err != nil || sent != 3 {
		t.Fatalf("SendDue = %d, %v; want 3", sent, err)
	}
	// A restart is a new sender: it finds nothing left to send.
	restarted := outbox.NewSender(db, c.deliver, zerolog.Nop(), fast)
	if sent, err := restarted.SendDue(t.Context()); err != nil || sent != 0 {
		t.Fatalf("after a restart, SendDue = %d, %v; want 0", sent, err)
	}
	for _, id := range ids {
		if c.count[id] != 1 {
			t.Errorf("message %d delivered %d times", id, c.count[id])
		}
		if r := state(t, db, id); r.Sent == nil || r.Attempts != 1 {
			t.Errorf("message %d: %+v, want sent at the first attempt", id, r)
		}
	}
}

// TestShutdownDuringDelivery stops a sender while its SMTP server is accepting a message: the
// message is still marked sent, and the next sender does not send it again.
func TestShutdownDuringDelivery(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	id := enqueue(t, db, 1)[0]
	ctx, stop := context.WithCancel(t.Context())
	deliveries := 0
	deliver := func(context.Context, *outbox.Outgoing) error {
		deliveries++
		stop() // the server is told to shut down just as the relay accepts the message
		return nil
	}
	outbox.NewSender(db, deliver, zerolog.Nop(), fast).Run(ctx)
	if r := state(t, db, id); r.Sent == nil {
		t.Fatalf("message delivered during shutdown is not marked sent: %+v", r)
	}
	if sent, err := outbox.NewSender(db, deliver, zerolog.Nop(), fast).SendDue(t.Context()); err != nil || sent != 0 || deliveries != 1 {
		t.Errorf("after the restart: SendDue = %d, %v; %d deliveries in all, want 1", sent, err, deliveries)
	}
}

// TestSeveralSenders runs four senders, of two workers each, on one queue at once: each message
// is delivered once.
func TestSeveralSenders(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	ids := enqueue(t, db, 60)
	c := &counter{delay: 2 * time.Millisecond}
	ctx, cancel := context.WithCancel(t.Context())
	var wg sync.WaitGroup
	opts := fast
	opts.Workers = 2
	for range 4 {
		wg.Go(func() { outbox.NewSender(db, c.deliver, zerolog.Nop(), opts).Run(ctx) })
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		var left int
		if err := db.GetContext(t.Context(), &left, `SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL`); err != nil {
			t.Fatal(err)
		}
		if left == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	wg.Wait() // Run returns once its context is done
	for _, id := range ids {
		if c.count[id] != 1 {
			t.Errorf("message %d delivered %d times", id, c.count[id])
		}
	}
}

func TestRetryWithBackoff(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	id := enqueue(t, db, 1)[0]
	srv := newFakeSMTP(t, "451 4.3.0 try again later", "") // refuses the first message, accepts the next
	smtp := &outbox.SMTP{Addr: srv.addr, From: "noreply@telework.example.jp"}
	s := outbox.NewSender(db, smtp.Deliver, zerolog.Nop(), fast)

	began := time.Now()
	if sent, err := s.SendDue(t.Context()); err != nil || sent != 0 {
		t.Fatalf("first pass: SendDue = %d, %v; want a failed delivery", sent, err)
	}
	r := state(t, db, id)
	if r.Sent != nil || r.Failed != nil || r.Attempts != 1 || r.LastError == nil || !strings.Contains(*r.LastError, "451") {
		t.Fatalf("after a refusal: %+v", r)
	}
	// Not due again before its backoff.
	if sent, _ := s.SendDue(t.Context()); sent != 0 || srv.sessions() != 1 {
		t.Fatalf("retried at once: %d sent, %d SMTP sessions", sent, srv.sessions())
	}
	for time.Since(began) < 5*time.Second {
		if sent, err := s.SendDue(t.Context()); err != nil || sent == 1 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	waited := time.Since(began)
	r = state(t, db, id)
	if r.Sent == nil || r.Attempts != 2 {
		t.Fatalf("after the retry: %+v", r)
	}
	if waited < fast.BaseBackoff {
		t.Errorf("retried after %v, before the backoff of %v", waited, fast.BaseBackoff)
	}
	accepted := srv.accepted()
	if len(accepted) != 1 {
		t.Fatalf("%d messages accepted, want 1", len(accepted))
	}
	msg := accepted[0]
	subject, err := new(mime.WordDecoder).DecodeHeader(header(msg, "Subject"))
	if err != nil || subject != "【テレワーク月間】お申し込みを受け付けました / Registration confirmed" {
		t.Errorf("subject %q (%v)", subject, err)
	}
	if want := fmt.Sprintf("<outbox.%d@telework.example.jp>", id); header(msg, "Message-ID") != want {
		t.Errorf("Message-ID %q, want %q", header(msg, "Message-ID"), want)
	}
	_, body, _ := strings.Cut(msg, "\r\n\r\n")
	if decoded, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(body, "\r\n", "")); err != nil ||
		string(decoded) != "申込 花子 様\r\n\r\nお申し込みを受け付けました。\r\n.\r\nDear Hanako,\r\n" {
		t.Errorf("body %q (%v)", decoded, err)
	}
	if srv.recipient() != "hanako.0@example.jp" {
		t.Errorf("RCPT TO %q", srv.recipient())
	}
}

func TestGivingUp(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	ids := enqueue(t, db, 2)
	// The first message is refused for good; the second fails every time until MaxAttempts.
	deliver := func(_ context.Context, m *outbox.Outgoing) error {
		if m.ID == ids[0] {
			return outbox.Permanent(errors.New("550 no such mailbox"))
		}
		return errors.New("connection refused")
	}
	opts := fast
	opts.BaseBackoff, opts.MaxBackoff = time.Millisecond, time.Millisecond
	s := outbox.NewSender(db, deliver, zerolog.Nop(), opts)
	for range 20 {
		s.SendDue(t.Context())
		time.Sleep(5 * time.Millisecond)
	}
	if r := state(t, db, ids[0]); r.Failed == nil || r.Attempts != 1 {
		t.Errorf("permanently refused message: %+v, want given up at once", r)
	}
	if r := state(t, db, ids[1]); r.Failed == nil || r.Attempts != opts.MaxAttempts {
		t.Errorf("failing message: %+v, want given up after %d attempts", r, opts.MaxAttempts)
	}
}

// TestLogDeliveryKeepsPersonalData checks that the log line of a message names it by ID and kind
// and tells nothing of its recipient, subject or body.
func TestLogDeliveryKeepsPersonalData(t *testing.T) {
	t.Parallel()
	db := pgtest.NewDB(t)
	id := enqueue(t, db, 1)[0]
	var buf bytes.Buffer
	log := zerolog.New(&buf)
	if sent, err := outbox.NewSender(db, outbox.LogDelivery(log), log, fast).SendDue(t.Context()); err != nil || sent != 1 {
		t.Fatalf("SendDue = %d, %v", sent, err)
	}
	out := buf.String()
	if !strings.Contains(out, fmt.Sprintf(`"message_id":%d`, id)) || !strings.Contains(out, `"kind":"application.confirmed"`) {
		t.Errorf("log %s: want the message's ID and kind", out)
	}
	for _, secret := range []string{"hanako", "example.jp", "花子", "お申し込み", "Registration"} {
		if strings.Contains(out, secret) {
			t.Errorf("log shows %q: %s", secret, out)
		}
	}
}

// fakeSMTP is an SMTP server on 127.0.0.1 that answers the end of each message's DATA with the
// next of its answers ("" for 250) and records what it accepted.
type fakeSMTP struct {
	addr    string
	answers []string
	mu      sync.Mutex
	n       atomic.Int64
	msgs    []string
	rcpt    string
}

func newFakeSMTP(t *testing.T, answers ...string) *fakeSMTP {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	s := &fakeSMTP{addr: l.Addr().String(), answers: answers}
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			go s.serve(conn)
		}
	}()
	return s
}

func (s *fakeSMTP) serve(conn net.Conn) {
	defer conn.Close()
	session := int(s.n.Add(1)) - 1
	r := bufio.NewReader(conn)
	say := func(line string) { io.WriteString(conn, line+"\r\n") }
	say("220 fake.example ESMTP")
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		cmd := strings.ToUpper(strings.TrimSpace(line))
		switch {
		case strings.HasPrefix(cmd, "EHLO"), strings.HasPrefix(cmd, "HELO"):
			say("250 fake.example")
		case strings.HasPrefix(cmd, "MAIL FROM"):
			say("250 ok")
		case strings.HasPrefix(cmd, "RCPT TO"):
			s.mu.Lock()
			s.rcpt = strings.Trim(strings.TrimSpace(line)[len("RCPT TO:"):], "<>")
			s.mu.Unlock()
			say("250 ok")
		case cmd == "DATA":
			say("354 go ahead")
			var msg strings.Builder
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if l == ".\r\n" {
					break
				}
				msg.WriteString(l)
			}
			answer := ""
			if session < len(s.answers) {
				answer = s.answers[session]
			}
			if answer != "" {
				say(answer)
				continue
			}
			s.mu.Lock()
			s.msgs = append(s.msgs, msg.String())
			s.mu.Unlock()
			say("250 queued")
		case cmd == "QUIT":
			say("221 bye")
			return
		default:
			say("250 ok")
		}
	}
}

func (s *fakeSMTP) sessions() int { return int(s.n.Load()) }

func (s *fakeSMTP) accepted() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.msgs...)
}

func (s *fakeSMTP) recipient() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rcpt
}

// header returns a header of a message, its folded lines unfolded.
func header(msg, name string) string {
	head, _, _ := strings.Cut(msg, "\r\n\r\n")
	head = strings.ReplaceAll(head, "\r\n ", " ")
	for line := range strings.SplitSeq(head, "\r\n") {
		if k, v, ok := strings.Cut(line, ": "); ok && strings.EqualFold(k, name) {
			return v
		}
	}
	return ""
}
