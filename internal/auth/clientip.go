package auth

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// ClientAddress returns the middleware that puts each request's client address in its context,
// for every limit kept per client (login throttling, the limits of public writes): the address of
// the connection, unless that is one of the trusted proxies (TRUSTED_PROXIES). Then it is the
// right-most address of X-Forwarded-For that is not itself a trusted proxy: each proxy appends the
// address it was connected from, so the entries right of that one were written by proxies we trust
// and those left of it by whoever sent the request, who may write anything there. Without trusted
// proxies the header is never read.
func ClientAddress(trusted []netip.Prefix) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			next.ServeHTTP(w, r.WithContext(WithClientIP(r.Context(), clientAddress(r, trusted))))
		})
	}
}

type clientIPKey struct{}

// WithClientIP returns a context that carries the client's address, as ClientAddress puts it.
func WithClientIP(ctx context.Context, ip string) context.Context {
	return context.WithValue(ctx, clientIPKey{}, ip)
}

// ClientIP is the address of the request's client as ClientAddress (or, without it, Middleware)
// found it: "" outside a request.
func ClientIP(ctx context.Context) string {
	ip, _ := ctx.Value(clientIPKey{}).(string)
	return ip
}

// clientAddress is the client's address of r: see ClientAddress.
func clientAddress(r *http.Request, trusted []netip.Prefix) string {
	peer, ok := parseAddr(hostOf(r.RemoteAddr))
	if !ok {
		return hostOf(r.RemoteAddr)
	}
	if !isTrusted(peer, trusted) {
		return peer.String()
	}
	// Right to left, across the header's lines and the entries of each. An entry that is not an
	// address ends the walk: nothing left of it can be told apart from a client's invention.
	client := peer
	lines := r.Header.Values("X-Forwarded-For")
	for i := len(lines) - 1; i >= 0; i-- {
		rest := lines[i]
		for rest != "" {
			entry := rest
			if comma := strings.LastIndexByte(rest, ','); comma >= 0 {
				entry, rest = rest[comma+1:], rest[:comma]
			} else {
				rest = ""
			}
			if strings.TrimSpace(entry) == "" {
				continue
			}
			a, ok := parseAddr(entry)
			if !ok {
				return client.String()
			}
			if client = a; !isTrusted(a, trusted) {
				return a.String()
			}
		}
	}
	// Every hop is a trusted proxy: the left-most is as far as we can see.
	return client.String()
}

func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// parseAddr reads an address as X-Forwarded-For and RemoteAddr hosts carry it (192.0.2.1,
// 2001:db8::1, [2001:db8::1], with or without a port), an IPv4-mapped IPv6 address unmapped and an
// IPv6 zone dropped, so that one client has one spelling.
func parseAddr(s string) (netip.Addr, bool) {
	s = strings.TrimSpace(s)
	a, err := netip.ParseAddr(strings.TrimSuffix(strings.TrimPrefix(s, "["), "]"))
	if err != nil {
		ap, perr := netip.ParseAddrPort(s)
		if perr != nil {
			return netip.Addr{}, false
		}
		a = ap.Addr()
	}
	return a.Unmap().WithZone(""), true
}

// hostOf is the host of an http.Request's RemoteAddr (host:port).
func hostOf(remoteAddr string) string {
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		return remoteAddr
	}
	return host
}
