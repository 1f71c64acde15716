package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"
)

// errorCodes returns the codes of an error message's payload, failing the test on another message.
func errorCodes(t *testing.T, m WSMessage) []string {
	t.Helper()
	if m.Type != "error" {
		t.Fatalf("received %s (id %q) %s, want error", m.Type, m.ID, m.Payload)
	}
	var errs []struct{ Extensions map[string]any }
	if err := json.Unmarshal(m.Payload, &errs); err != nil {
		t.Fatalf("error payload %s: %v", m.Payload, err)
	}
	var codes []string
	for _, e := range errs {
		code, _ := e.Extensions["code"].(string)
		codes = append(codes, code)
	}
	return codes
}

// TestWebsocketSubscriptionLimit: a connection runs at most WS_MAX_SUBSCRIPTIONS (20) operations
// at once; the 21st is answered with an error message for its id (RATE_LIMITED) while the others
// run on, and completing one makes room for another.
func TestWebsocketSubscriptionLimit(t *testing.T) {
	t.Parallel()
	s := newSocketServer(t, nil)
	c := dial(t, s, "")
	c.Init(nil)
	for i := 1; i <= 20; i++ {
		id := fmt.Sprint("s", i)
		c.Subscribe(id, `subscription { ticks }`, nil)
		c.Next(id, 5*time.Second)
	}

	c.Subscribe("s21", `subscription { ticks }`, nil)
	if codes := errorCodes(t, c.ReadOf("s21", 5*time.Second)); !slices.Equal(codes, []string{"RATE_LIMITED"}) {
		t.Errorf("the 21st subscription: codes %v, want RATE_LIMITED", codes)
	}
	c.Next("s20", 5*time.Second) // the others run on

	c.Send("complete", "s1", nil)
	c.Subscribe("s21", `subscription { ticks }`, nil)
	c.Next("s21", 5*time.Second)
	c.Subscribe("s22", `{ viewer }`, nil) // queries count too
	if codes := errorCodes(t, c.ReadOf("s22", 5*time.Second)); !slices.Equal(codes, []string{"RATE_LIMITED"}) {
		t.Errorf("a query beyond the limit: codes %v, want RATE_LIMITED", codes)
	}
}

// TestWebsocketSubscriptionLimitLegacy: the legacy graphql-ws protocol is held to the same limit.
func TestWebsocketSubscriptionLimitLegacy(t *testing.T) {
	t.Parallel()
	s := newSocketServer(t, map[string]string{"WS_MAX_SUBSCRIPTIONS": "2"})
	c, _, err := DialWSProtocol(t, s.URL, nil, "graphql-ws")
	if err != nil {
		t.Fatal(err)
	}
	c.Send("connection_init", "", nil)
	for i := 1; i <= 3; i++ {
		c.Send("start", fmt.Sprint(i), map[string]any{"query": `subscription { ticks }`})
	}
	for {
		m := c.Read(5 * time.Second)
		if m.ID != "3" {
			continue // the ack, keep-alives and ticks of the others
		}
		if codes := errorCodes(t, m); !slices.Equal(codes, []string{"RATE_LIMITED"}) {
			t.Errorf("the 3rd operation: codes %v, want RATE_LIMITED", codes)
		}
		break
	}
}

// TestWebsocketDuplicateID: a subscribe with the id of an operation still running closes the
// connection with 4409, as graphql-transport-ws requires; an id is free again once the client or
// the server has completed its operation.
func TestWebsocketDuplicateID(t *testing.T) {
	t.Parallel()
	s := newSocketServer(t, nil)

	t.Run("in use", func(t *testing.T) {
		c := dial(t, s, "")
		c.Init(nil)
		c.Subscribe("a", `subscription { ticks }`, nil)
		c.Next("a", 5*time.Second)
		c.Subscribe("a", `subscription { ticks }`, nil)
		if code := c.Closed(5 * time.Second); code != closeSubscriberExists {
			t.Errorf("closed with %d, want %d", code, closeSubscriberExists)
		}
	})
	t.Run("legacy protocol", func(t *testing.T) {
		c, _, err := DialWSProtocol(t, s.URL, nil, "graphql-ws")
		if err != nil {
			t.Fatal(err)
		}
		c.Send("connection_init", "", nil)
		c.Send("start", "a", map[string]any{"query": `subscription { ticks }`})
		c.Send("start", "a", map[string]any{"query": `subscription { ticks }`})
		if code := c.Closed(5 * time.Second); code != closeSubscriberExists {
			t.Errorf("closed with %d, want %d", code, closeSubscriberExists)
		}
	})
	t.Run("long id", func(t *testing.T) {
		c := dial(t, s, "")
		c.Init(nil)
		id := strings.Repeat("x", 500)
		c.Subscribe(id, `subscription { ticks }`, nil)
		c.Subscribe(id, `subscription { ticks }`, nil)
		if code := c.Closed(5 * time.Second); code != closeSubscriberExists {
			t.Errorf("closed with %d, want %d", code, closeSubscriberExists)
		}
	})
	t.Run("completed by the client", func(t *testing.T) {
		c := dial(t, s, "")
		c.Init(nil)
		c.Subscribe("a", `subscription { ticks }`, nil)
		c.Next("a", 5*time.Second)
		// The id is free at once; nothing more comes of the first operation, so each message
		// of "a" from now on is of the second, and it runs on.
		c.Send("complete", "a", nil)
		c.Subscribe("a", `subscription { ticks }`, nil)
		for i := 1; i <= 3; {
			m := c.ReadOf("a", 5*time.Second)
			if m.Type != "next" {
				t.Fatalf("received %s %s, want next", m.Type, m.Payload)
			}
			var r struct{ Data struct{ Ticks int } }
			json.Unmarshal(m.Payload, &r)
			if r.Data.Ticks == i {
				i++ // the second operation counts from 1; ticks of the first sent before complete pass
			}
		}
	})
	t.Run("completed by the server", func(t *testing.T) {
		c := dial(t, s, "")
		c.Init(nil)
		queryViewer(t, c, "q")
		queryViewer(t, c, "q")
	})
}

// TestWebsocketConnectionsPerClient: one client address holds at most
// WS_MAX_CONNECTIONS_PER_CLIENT connections (10 here); the 11th is refused with 429 before the
// upgrade, while another address still connects, and closing one makes room for another.
func TestWebsocketConnectionsPerClient(t *testing.T) {
	t.Parallel()
	s := newSocketServer(t, map[string]string{"WS_MAX_CONNECTIONS_PER_CLIENT": "10"})
	var open []*WSClient
	for range 10 {
		c, _, err := DialWSFrom(t, s.URL, "127.0.0.1")
		if err != nil {
			t.Fatal(err)
		}
		c.Init(nil)
		open = append(open, c)
	}

	_, resp, err := DialWSFrom(t, s.URL, "127.0.0.1")
	if err == nil {
		t.Fatal("the 11th connection of one address was accepted")
	}
	if resp == nil || resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("the 11th connection: response %v, want 429", resp)
	}
	var body struct {
		Errors []struct{ Extensions struct{ Code string } }
	}
	json.NewDecoder(resp.Body).Decode(&body)
	if len(body.Errors) != 1 || body.Errors[0].Extensions.Code != "RATE_LIMITED" {
		t.Errorf("the 11th connection: errors %+v, want RATE_LIMITED", body.Errors)
	}

	other, _, err := DialWSFrom(t, s.URL, "127.0.0.2")
	if err != nil {
		t.Fatalf("another address was refused: %v", err)
	}
	other.Init(nil)
	queryViewer(t, other, "q")

	open[0].Conn.Close(1000, "")
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, _, err := DialWSFrom(t, s.URL, "127.0.0.1")
		if err == nil {
			c.Init(nil)
			queryViewer(t, c, "q")
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no connection after one of the 10 closed: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
