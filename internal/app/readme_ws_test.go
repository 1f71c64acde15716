package app_test

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// wsMessage is a message of graphql-transport-ws, the protocol of the graphql-ws npm client.
type wsMessage struct {
	Type    string          `json:"type"`
	ID      string          `json:"id,omitempty"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// subscribe runs a subscription of an example over WebSocket, as its credential (in the
// connection_init payload), and answers its first event as a JSON answer ({"data": …} or
// {"errors": …}): eventSeatsChanged sends the seats as they are first, then each change.
func (r *readmeRunner) subscribe(ex readmeExample, query string) []byte {
	t := r.t
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(r.s.URL, "http")+"/graphql",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatalf("README.md:%d: dial: %v", ex.line, err)
	}
	defer conn.CloseNow()
	payload := map[string]string{}
	if token := r.session(ex); token != "" {
		payload["Authorization"] = "Bearer " + token
	}
	init, _ := json.Marshal(payload)
	sub, _ := json.Marshal(map[string]any{"query": query, "variables": ex.variables})
	for _, m := range []wsMessage{{Type: "connection_init", Payload: init}, {Type: "subscribe", ID: "1", Payload: sub}} {
		if err := wsjson.Write(ctx, conn, m); err != nil {
			t.Fatalf("README.md:%d: send %s: %v", ex.line, m.Type, err)
		}
	}
	for {
		var m wsMessage
		if err := wsjson.Read(ctx, conn, &m); err != nil {
			t.Fatalf("README.md:%d: read: %v", ex.line, err)
		}
		switch m.Type {
		case "next":
			conn.Close(websocket.StatusNormalClosure, "")
			return m.Payload
		case "error":
			return append(append([]byte(`{"errors":`), m.Payload...), '}')
		case "complete":
			return []byte(`{"errors":[{"message":"completed without an event","extensions":{"code":"NO_EVENT"}}]}`)
		}
	}
}
