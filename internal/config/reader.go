package config

import (
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/rs/zerolog"
)

// reader reads the variables, each into its type, and gathers every invalid one so that Load
// reports them all at once.
type reader struct {
	getenv func(string) string
	errs   []error
}

func (r *reader) fail(name, format string, args ...any) {
	r.errs = append(r.errs, fmt.Errorf("%s %s", name, fmt.Sprintf(format, args...)))
}

func (r *reader) str(name, def string) string {
	if v := strings.TrimSpace(r.getenv(name)); v != "" {
		return v
	}
	return def
}

func (r *reader) oneOf(name, def string, allowed ...string) string {
	v := r.str(name, def)
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	r.fail(name, "must be one of %s, not %q", strings.Join(allowed, ", "), v)
	return def
}

func (r *reader) integer(name string, def, lo, hi int) int {
	v := r.str(name, "")
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		r.fail(name, "must be a whole number from %d to %d, not %q", lo, hi, v)
		return def
	}
	return n
}

func (r *reader) duration(name string, def time.Duration) time.Duration {
	v := r.str(name, "")
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		r.fail(name, "must be a positive duration such as 15s or 2m, not %q", v)
		return def
	}
	return d
}

// durationOrOff is duration with 0 (or 0s) for off, and at least a second otherwise.
func (r *reader) durationOrOff(name string, def time.Duration) time.Duration {
	v := r.str(name, "")
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil || (d != 0 && d < time.Second) {
		r.fail(name, "must be 0 (off) or a duration of at least 1s such as 8760h, not %q", v)
		return def
	}
	return d
}

func (r *reader) boolean(name string, def bool) bool {
	v := r.str(name, "")
	if v == "" {
		return def
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		r.fail(name, "must be true or false, not %q", v)
		return def
	}
	return b
}

// origins reads a comma-separated list of origins such as https://portal.example.jp or
// http://localhost:* (any port). An origin is a scheme (http or https), a host and an optional
// port, as browsers send it in the Origin header: no path, query, user or wildcard host, so that
// no spelling opens the server to every page. A scheme's default port is dropped, as browsers do.
func (r *reader) origins(name string, def []string) []string {
	v := r.str(name, "")
	if v == "" {
		return def
	}
	var out []string
	for part := range strings.SplitSeq(v, ",") {
		o := strings.ToLower(strings.TrimSpace(part))
		if o == "" {
			continue
		}
		anyPort := strings.HasSuffix(o, ":*")
		u, err := url.Parse(strings.TrimSuffix(o, ":*"))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" ||
			strings.ContainsAny(u.Host, "*%") || strings.HasSuffix(u.Host, ":") || u.User != nil ||
			(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" ||
			(u.Port() != "" && (anyPort || !validPort(u.Port()))) {
			r.fail(name, "must list origins such as https://portal.example.jp or http://localhost:*, separated by commas, not %q", strings.TrimSpace(part))
			return def
		}
		host := u.Host
		if p := u.Port(); (u.Scheme == "http" && p == "80") || (u.Scheme == "https" && p == "443") {
			host = strings.TrimSuffix(host, ":"+p)
		}
		if anyPort {
			host += ":*"
		}
		out = append(out, u.Scheme+"://"+host)
	}
	return out
}

// networks reads a comma-separated list of networks in CIDR notation (10.0.0.0/8, 2001:db8::/32);
// a bare address stands for itself alone. Addresses are kept as the network they name, an
// IPv4-mapped IPv6 address as IPv4, so that they compare with the addresses of connections.
func (r *reader) networks(name string) []netip.Prefix {
	v := r.str(name, "")
	if v == "" {
		return nil
	}
	var out []netip.Prefix
	for part := range strings.SplitSeq(v, ",") {
		s := strings.TrimSpace(part)
		if s == "" {
			continue
		}
		p, err := netip.ParsePrefix(s)
		if err != nil {
			a, aerr := netip.ParseAddr(s)
			if aerr != nil || a.Zone() != "" {
				r.fail(name, "must list networks such as 10.0.0.0/8 or 192.0.2.10, separated by commas, not %q", s)
				return nil
			}
			a = a.Unmap()
			p = netip.PrefixFrom(a, a.BitLen())
		}
		if p.Addr().Is4In6() && p.Bits() >= 96 {
			p = netip.PrefixFrom(p.Addr().Unmap(), p.Bits()-96)
		}
		out = append(out, p.Masked())
	}
	return out
}

func validPort(p string) bool {
	n, err := strconv.Atoi(p)
	return err == nil && n > 0 && n <= 65535 && strconv.Itoa(n) == p
}

func (r *reader) level(name string, def zerolog.Level) zerolog.Level {
	v := r.str(name, "")
	if v == "" {
		return def
	}
	l, err := zerolog.ParseLevel(strings.ToLower(v))
	if err != nil || l == zerolog.NoLevel {
		r.fail(name, "must be one of debug, info, warn, error, not %q", v)
		return def
	}
	return l
}

// samePort reports whether two listen addresses name the same port (whatever their hosts: ":8080"
// and "127.0.0.1:8080" collide).
func samePort(a, b string) bool {
	_, pa, errA := net.SplitHostPort(a)
	_, pb, errB := net.SplitHostPort(b)
	return errA == nil && errB == nil && pa == pb
}

// consoleURL reads CONSOLE_URL: an absolute http or https address, given a final slash. Outside
// production it defaults to the console on localhost at LISTEN_ADDR's port; production has no
// default, since a wrong one would send people links to nowhere.
func (r *reader) consoleURL(c Config) string {
	v := strings.TrimSpace(r.getenv("CONSOLE_URL"))
	if v == "" {
		if c.Production() {
			r.fail("CONSOLE_URL", "must be set in production: the console's address, e.g. https://telework.example.go.jp/admin/, which invitation and password reset links open")
			return ""
		}
		port := "8080"
		if _, p, err := net.SplitHostPort(c.ListenAddr); err == nil && p != "" {
			port = p
		}
		return "http://localhost:" + port + "/admin/"
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		r.fail("CONSOLE_URL", "must be an http or https address without query or fragment, such as https://telework.example.go.jp/admin/")
		return ""
	}
	if !strings.HasSuffix(v, "/") {
		v += "/"
	}
	return v
}
