package outbox

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/base64"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/smtp"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	"github.com/rs/zerolog"
)

// SMTP delivers messages to an SMTP relay, one connection per message.
type SMTP struct {
	Addr string    // host:port of the relay
	From string    // the sender's bare address, e.g. noreply@telework.example.jp
	Auth smtp.Auth // nil: no authentication (net/smtp's PlainAuth refuses to send without TLS, but to localhost)
	// HelloName is the name this host gives in EHLO. Default "localhost".
	HelloName string
	// TLS configures STARTTLS, used whenever the relay offers it. Nil: verify the relay's name.
	TLS *tls.Config
}

// Deliver sends one message. It returns nil once the relay has accepted it (its answer to the end
// of DATA); a refusal of the relay with a 5xx code is Permanent.
func (c *SMTP) Deliver(ctx context.Context, m *Outgoing) (err error) {
	msg, err := compose(m, c.From, time.Now())
	if err != nil {
		return Permanent(err)
	}
	host, _, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return Permanent(fmt.Errorf("SMTP address %q: %w", c.Addr, err))
	}
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", c.Addr)
	if err != nil {
		return err
	}
	if deadline, ok := ctx.Deadline(); ok {
		conn.SetDeadline(deadline)
	}
	// net/smtp knows no context: closing the connection ends whatever it waits for.
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	client, err := smtp.NewClient(conn, host)
	if err != nil {
		conn.Close()
		return smtpError(err)
	}
	defer client.Close()

	hello := c.HelloName
	if hello == "" {
		hello = "localhost"
	}
	if err := client.Hello(hello); err != nil {
		return smtpError(err)
	}
	if ok, _ := client.Extension("STARTTLS"); ok {
		cfg := c.TLS
		if cfg == nil {
			cfg = &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}
		}
		if err := client.StartTLS(cfg); err != nil {
			return smtpError(err)
		}
	}
	if c.Auth != nil {
		if err := client.Auth(c.Auth); err != nil {
			return smtpError(err)
		}
	}
	if err := client.Mail(c.From); err != nil {
		return smtpError(err)
	}
	if err := client.Rcpt(m.To); err != nil {
		return smtpError(err)
	}
	w, err := client.Data()
	if err != nil {
		return smtpError(err)
	}
	if _, err := w.Write(msg); err != nil {
		return smtpError(err)
	}
	// The relay's answer to the end of DATA: once it is 250, the message is out of our hands.
	if err := w.Close(); err != nil {
		return smtpError(err)
	}
	client.Quit() // accepted already: a failure to say goodbye changes nothing
	return nil
}

// smtpError marks the relay's 5xx answers as permanent: 4xx answers and broken connections are
// worth another try.
func smtpError(err error) error {
	var tp *textproto.Error
	if errors.As(err, &tp) && tp.Code >= 500 {
		return Permanent(err)
	}
	return err
}

// errorClass names the kind of a delivery error for the log, without its text (which may quote
// the recipient).
func errorClass(err error) string {
	var tp *textproto.Error
	var ne net.Error
	switch {
	case errors.As(err, &tp):
		return "smtp " + strconv.Itoa(tp.Code)
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case errors.As(err, &ne):
		return "network"
	case IsPermanent(err):
		return "refused"
	}
	return "other"
}

// compose writes a message in the Internet Message Format: UTF-8 text, base64 in transfer, the
// subject as RFC 2047 encoded words, and a Message-ID made from the outbox ID, the same at every
// attempt.
func compose(m *Outgoing, from string, now time.Time) ([]byte, error) {
	if strings.ContainsAny(from+m.To, "\r\n<>,") || !strings.Contains(from, "@") || !strings.Contains(m.To, "@") {
		return nil, errors.New("malformed sender or recipient address")
	}
	domain := from[strings.LastIndexByte(from, '@')+1:]
	var b bytes.Buffer
	header := func(name, value string) { b.WriteString(name + ": " + value + "\r\n") }
	header("From", from)
	header("To", m.To)
	header("Subject", foldEncodedWords(mime.BEncoding.Encode("UTF-8", m.Subject)))
	header("Date", now.Format(time.RFC1123Z))
	header("Message-ID", fmt.Sprintf("<outbox.%d@%s>", m.ID, domain))
	header("MIME-Version", "1.0")
	header("Content-Type", "text/plain; charset=UTF-8")
	header("Content-Transfer-Encoding", "base64")
	header("Auto-Submitted", "auto-generated") // RFC 3834: no auto-replies, please
	b.WriteString("\r\n")
	body := base64.StdEncoding.EncodeToString([]byte(strings.ReplaceAll(m.Body, "\n", "\r\n")))
	for len(body) > 76 {
		b.WriteString(body[:76] + "\r\n")
		body = body[76:]
	}
	b.WriteString(body + "\r\n")
	return b.Bytes(), nil
}

// foldEncodedWords puts each encoded word of a header on a line of its own, so that long
// Japanese subjects keep within the recommended line length.
func foldEncodedWords(s string) string { return strings.ReplaceAll(s, "?= =?", "?=\r\n =?") }

// LogDelivery is the delivery of a server with no SMTP relay configured (development, tests): it
// logs that a message would have been sent, by ID and kind only (never its recipient, subject or
// body), and counts it as sent.
func LogDelivery(log zerolog.Logger) Deliver {
	return func(_ context.Context, m *Outgoing) error {
		log.Info().Int64("message_id", m.ID).Str("kind", m.Kind).Msg("outbox: no SMTP relay configured; message logged, not mailed")
		return nil
	}
}
