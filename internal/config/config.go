// Package config reads the server's configuration from environment variables, once, at start-up:
// every variable is validated here and documented in the README, and nothing else in the program
// reads the environment.
package config

import (
	"errors"
	"fmt"
	"net"
	"net/mail"
	"net/netip"
	"strings"
	"time"

	"github.com/rs/zerolog"
)

// Environments the server runs in.
const (
	Development = "development"
	Production  = "production"
	Test        = "test"
)

// Config is the validated configuration of the server.
type Config struct {
	Env        string // APP_ENV
	ListenAddr string // LISTEN_ADDR
	// DebugAddr is where the Go profiler (net/http/pprof, under /debug/pprof/) answers, on a
	// listener of its own and never on the public handler; empty, the default: nowhere. It must name
	// its host (127.0.0.1:6060), so that no spelling such as ":6060" opens it on every interface
	// by accident: profiles show the program's internals.
	DebugAddr string // DEBUG_ADDR
	// MetricsAddr is where Prometheus reads the metrics (at /metrics), on a listener of its own and
	// never on the public handler; empty, the default: nowhere. Unlike DEBUG_ADDR it may name every
	// interface (":9090"), for a scraper on another machine: metrics hold no personal data.
	MetricsAddr string // METRICS_ADDR
	// DatabaseURL is empty only when the development command is to start a private PostgreSQL.
	DatabaseURL string // DATABASE_URL
	DevDataDir  string // DEV_DATA_DIR

	DBMaxOpenConns     int           // DB_MAX_OPEN_CONNS
	DBMaxIdleConns     int           // DB_MAX_IDLE_CONNS
	DBConnMaxIdleTime  time.Duration // DB_CONN_MAX_IDLE_TIME
	DBConnMaxLifetime  time.Duration // DB_CONN_MAX_LIFETIME
	DBPreparedStmts    int           // DB_PREPARED_STATEMENTS
	DBStatementTimeout time.Duration // DB_STATEMENT_TIMEOUT

	SessionTTL time.Duration // SESSION_TTL
	// ConsoleURL is the console's address as people reach it, ending in a slash
	// (https://telework.example.go.jp/admin/): the links of invitations and password resets open
	// it. Never taken from a request's Host, which a client chooses. Required in production.
	ConsoleURL string // CONSOLE_URL
	// InvitationTTL is how long an invitation's link works; PasswordResetTTL a reset's.
	InvitationTTL    time.Duration // INVITATION_TTL
	PasswordResetTTL time.Duration // PASSWORD_RESET_TTL
	// LogoSigningKey signs the logo download links; every instance must share it. Empty outside
	// production: a random key per process.
	LogoSigningKey string // LOGO_SIGNING_KEY
	// SMTPAddr is the relay that delivers messages (host:port); empty: messages go to the log.
	SMTPAddr string // SMTP_ADDR
	SMTPFrom string // SMTP_FROM

	// How long delivered outbox messages and ended sessions are kept, and how often they are
	// purged (internal/retention).
	OutboxRetention   time.Duration // OUTBOX_RETENTION
	SessionRetention  time.Duration // SESSION_RETENTION
	RetentionInterval time.Duration // RETENTION_INTERVAL

	RequestTimeout time.Duration // REQUEST_TIMEOUT
	// ExportTimeout is the deadline of a CSV export of the console, in place of RequestTimeout:
	// an export streams up to ExportMaxRows rows, which takes longer than any GraphQL request.
	ExportTimeout time.Duration // EXPORT_TIMEOUT
	// ExportMaxRows is the most rows one CSV export holds; a larger one is refused before it
	// starts, with a request to narrow it.
	ExportMaxRows   int           // EXPORT_MAX_ROWS
	ShutdownTimeout time.Duration // SHUTDOWN_TIMEOUT
	LogLevel        zerolog.Level // LOG_LEVEL

	Playground       bool // PLAYGROUND
	Console          bool // CONSOLE: the ministry console at /admin/, on in production too
	Introspection    bool // INTROSPECTION
	FieldSuggestions bool // FIELD_SUGGESTIONS

	MaxBodyBytes  int64 // MAX_BODY_BYTES
	MaxDepth      int   // GRAPHQL_MAX_DEPTH
	MaxComplexity int   // GRAPHQL_MAX_COMPLEXITY
	MaxTokens     int   // GRAPHQL_MAX_TOKENS
	MaxAliases    int   // GRAPHQL_MAX_ALIASES
	MaxFields     int   // GRAPHQL_MAX_FIELDS

	// APQCacheEntries is how many documents the cache of automatic persisted queries keeps per
	// instance, and APQMaxDocumentBytes the largest document it keeps: together they bound its
	// memory. 0 entries turns automatic persisted queries off (registered documents still resolve).
	APQCacheEntries     int // APQ_CACHE_ENTRIES
	APQMaxDocumentBytes int // APQ_MAX_DOCUMENT_BYTES
	// TrustedDocuments is who may run only documents registered in PostgreSQL (see
	// TrustedDocumentsOff and the others): a leaked API key then cannot send arbitrary queries.
	TrustedDocuments string // TRUSTED_DOCUMENTS

	// AllowedOrigins are the origins, besides the server's own, whose pages may open WebSocket
	// connections: "scheme://host[:port]", lower case, the port "*" standing for any port.
	AllowedOrigins []string // ALLOWED_ORIGINS
	// WSMaxSubscriptions is how many operations one WebSocket connection may run at once.
	WSMaxSubscriptions int // WS_MAX_SUBSCRIPTIONS
	// WSMaxConnectionsPerClient is how many WebSocket connections one client address may hold open
	// on one instance. Its default, 50, leaves room for the people of an office behind one NAT,
	// each with a page of live seats open (a browser tab holds one connection), and for a partner's
	// server relaying the seats of many events; 50 connections of 20 operations each cost the
	// server some tens of MB at most.
	WSMaxConnectionsPerClient int // WS_MAX_CONNECTIONS_PER_CLIENT

	// CacheMaxAge is how long a CDN or a browser may reuse a public GraphQL answer (an anonymous
	// GET without errors), and CacheStaleWhileRevalidate how much longer it may serve it while it
	// fetches a fresh one. Short: seats left change with every sign-up, and live seats are for the
	// subscription. A CacheMaxAge of 0: caches revalidate every time.
	CacheMaxAge               time.Duration // CACHE_MAX_AGE
	CacheStaleWhileRevalidate time.Duration // CACHE_STALE_WHILE_REVALIDATE

	// HSTSMaxAge is the max-age of the Strict-Transport-Security header; 0: the header is not sent.
	HSTSMaxAge time.Duration // HSTS_MAX_AGE

	// TrustedProxies are the networks of the reverse proxies in front of the server: only a
	// connection from one of them has its X-Forwarded-For believed. None by default.
	TrustedProxies []netip.Prefix // TRUSTED_PROXIES
	// PublicWriteBurst is how many public writes (the mutations anyone may call) one client address
	// may make at once, and PublicWriteEvery how often it may make one more after that: a token
	// bucket per address. A burst of 0 turns the limit off.
	PublicWriteBurst int           // RATE_LIMIT_PUBLIC_WRITES_BURST
	PublicWriteEvery time.Duration // RATE_LIMIT_PUBLIC_WRITES_EVERY
	// PartnerRequestsPerMinute and PartnerCostPerMinute are the limits of a partner API key made
	// without limits of its own: requests, and query cost (complexity), per minute.
	PartnerRequestsPerMinute int // RATE_LIMIT_PARTNER_REQUESTS_PER_MINUTE
	PartnerCostPerMinute     int // RATE_LIMIT_PARTNER_COST_PER_MINUTE
}

// The values of TRUSTED_DOCUMENTS.
const (
	// TrustedDocumentsOff runs any document that passes the limits.
	TrustedDocumentsOff = "off"
	// TrustedDocumentsPartners runs, for a request with a partner API key, only the documents
	// registered for that key; other requests run any document.
	TrustedDocumentsPartners = "partners"
	// TrustedDocumentsRequired runs only registered documents: a partner key's own, and the shared
	// ones (the console's) for every request without a key.
	TrustedDocumentsRequired = "required"
)

// The largest limits a partner API key may have, per minute.
const (
	MaxPartnerRequestsPerMinute = 100_000
	MaxPartnerCostPerMinute     = 100_000_000
)

// Production reports whether the server runs in production.
func (c Config) Production() bool { return c.Env == Production }

// Load reads and validates the configuration. It reports every invalid variable at once, by name.
func Load(getenv func(string) string) (Config, error) {
	r := reader{getenv: getenv}
	c := Config{
		Env:         r.oneOf("APP_ENV", Development, Development, Production, Test),
		ListenAddr:  r.str("LISTEN_ADDR", ":8080"),
		DebugAddr:   strings.TrimSpace(getenv("DEBUG_ADDR")),
		MetricsAddr: strings.TrimSpace(getenv("METRICS_ADDR")),
		DatabaseURL: strings.TrimSpace(getenv("DATABASE_URL")),
		DevDataDir:  r.str("DEV_DATA_DIR", ".data"),

		DBMaxOpenConns:     r.integer("DB_MAX_OPEN_CONNS", 20, 1, 1000),
		DBConnMaxIdleTime:  r.duration("DB_CONN_MAX_IDLE_TIME", 5*time.Minute),
		DBConnMaxLifetime:  r.duration("DB_CONN_MAX_LIFETIME", 30*time.Minute),
		DBPreparedStmts:    r.integer("DB_PREPARED_STATEMENTS", 100, 0, 10_000),
		DBStatementTimeout: r.duration("DB_STATEMENT_TIMEOUT", 10*time.Second),

		SessionTTL:        r.duration("SESSION_TTL", 12*time.Hour),
		InvitationTTL:     r.duration("INVITATION_TTL", 72*time.Hour),
		PasswordResetTTL:  r.duration("PASSWORD_RESET_TTL", time.Hour),
		LogoSigningKey:    strings.TrimSpace(getenv("LOGO_SIGNING_KEY")),
		SMTPAddr:          strings.TrimSpace(getenv("SMTP_ADDR")),
		SMTPFrom:          strings.TrimSpace(getenv("SMTP_FROM")),
		OutboxRetention:   r.duration("OUTBOX_RETENTION", 30*24*time.Hour),
		SessionRetention:  r.duration("SESSION_RETENTION", 7*24*time.Hour),
		RetentionInterval: r.duration("RETENTION_INTERVAL", time.Hour),
		RequestTimeout:    r.duration("REQUEST_TIMEOUT", 15*time.Second),
		ExportTimeout:     r.duration("EXPORT_TIMEOUT", 5*time.Minute),
		ExportMaxRows:     r.integer("EXPORT_MAX_ROWS", 200_000, 1, 10_000_000),
		ShutdownTimeout:   r.duration("SHUTDOWN_TIMEOUT", 20*time.Second),
		LogLevel:          r.level("LOG_LEVEL", zerolog.InfoLevel),

		MaxBodyBytes:  int64(r.integer("MAX_BODY_BYTES", 1<<20, 1024, 64<<20)),
		MaxDepth:      r.integer("GRAPHQL_MAX_DEPTH", 12, 2, 100),
		MaxComplexity: r.integer("GRAPHQL_MAX_COMPLEXITY", 20000, 10, 10_000_000),
		// The largest real operation, graphql-js's introspection query with every option (as the
		// playground sends it), is 191 tokens; the README's and the benchmark's are under 90, the
		// console's a few hundred at most. 2,000 leaves room for several in one document (the
		// playground sends its whole editor).
		MaxTokens:  r.integer("GRAPHQL_MAX_TOKENS", 2000, 100, 1_000_000),
		MaxAliases: r.integer("GRAPHQL_MAX_ALIASES", 30, 0, 10000),
		MaxFields:  r.integer("GRAPHQL_MAX_FIELDS", 500, 1, 100000),

		// 1,000 documents of at most 16 KiB: at most 16 MiB per instance. A real operation is well
		// under 16 KiB (the console's largest is under 2 KiB); a larger one still runs, sent whole.
		APQCacheEntries:     r.integer("APQ_CACHE_ENTRIES", 1000, 0, 1_000_000),
		APQMaxDocumentBytes: r.integer("APQ_MAX_DOCUMENT_BYTES", 16<<10, 256, 1<<20),
		TrustedDocuments: r.oneOf("TRUSTED_DOCUMENTS", TrustedDocumentsOff,
			TrustedDocumentsOff, TrustedDocumentsPartners, TrustedDocumentsRequired),

		WSMaxSubscriptions:        r.integer("WS_MAX_SUBSCRIPTIONS", 20, 1, 10_000),
		WSMaxConnectionsPerClient: r.integer("WS_MAX_CONNECTIONS_PER_CLIENT", 50, 1, 1_000_000),

		TrustedProxies: r.networks("TRUSTED_PROXIES"),
		// A company behind one address (NAT) signing its staff up: 20 at once, then one every 30
		// seconds (120 an hour); see the README's "Rate limits".
		PublicWriteBurst:         r.integer("RATE_LIMIT_PUBLIC_WRITES_BURST", 20, 0, 100_000),
		PublicWriteEvery:         r.duration("RATE_LIMIT_PUBLIC_WRITES_EVERY", 30*time.Second),
		PartnerRequestsPerMinute: r.integer("RATE_LIMIT_PARTNER_REQUESTS_PER_MINUTE", 600, 1, MaxPartnerRequestsPerMinute),
		PartnerCostPerMinute:     r.integer("RATE_LIMIT_PARTNER_COST_PER_MINUTE", 60_000, 1, MaxPartnerCostPerMinute),
	}
	// Production hides what helps attackers explore unless it is asked for.
	open := c.Env != Production
	c.Playground = r.boolean("PLAYGROUND", open)
	c.Console = r.boolean("CONSOLE", true)
	c.Introspection = r.boolean("INTROSPECTION", open)
	c.FieldSuggestions = r.boolean("FIELD_SUGGESTIONS", open)
	// Pages served from the developer's own machine, on any port, outside production.
	var localOrigins []string
	if open {
		localOrigins = []string{"http://localhost:*", "http://127.0.0.1:*"}
	}
	c.AllowedOrigins = r.origins("ALLOWED_ORIGINS", localOrigins)
	// Production is served over HTTPS (through a proxy that ends TLS, or a load balancer), so it
	// tells browsers to keep to HTTPS for a year. Browsers ignore the header on plain HTTP
	// (RFC 6797, section 8.1): a production build tried out on http://localhost is not affected.
	// It names no includeSubDomains or preload: those bind other hosts of the domain, which are
	// not this server's to decide. Elsewhere it is off: development answers on plain HTTP.
	var hsts time.Duration
	if c.Production() {
		hsts = 365 * 24 * time.Hour
	}
	c.HSTSMaxAge = r.durationOrOff("HSTS_MAX_AGE", hsts)
	c.CacheMaxAge = r.durationOrOff("CACHE_MAX_AGE", 30*time.Second)
	c.CacheStaleWhileRevalidate = r.durationOrOff("CACHE_STALE_WHILE_REVALIDATE", 60*time.Second)
	c.ConsoleURL = r.consoleURL(c)
	if len(c.LogoSigningKey) > 0 && len(c.LogoSigningKey) < 32 || c.Production() && c.LogoSigningKey == "" {
		r.fail("LOGO_SIGNING_KEY", "must be a secret of at least 32 characters (required in production, shared by every instance)")
	}
	if c.SMTPAddr != "" {
		if _, _, err := net.SplitHostPort(c.SMTPAddr); err != nil {
			r.fail("SMTP_ADDR", "must be host:port, not %q", c.SMTPAddr)
		}
		if addr, err := mail.ParseAddress(c.SMTPFrom); err != nil || addr.Address != c.SMTPFrom {
			r.fail("SMTP_FROM", "must be the sender's bare email address when SMTP_ADDR is set")
		}
	}
	if c.DebugAddr != "" {
		if host, port, err := net.SplitHostPort(c.DebugAddr); err != nil || host == "" || !validPort(port) {
			r.fail("DEBUG_ADDR", "must be host:port with its host named, such as 127.0.0.1:6060, not %q", c.DebugAddr)
		} else if c.DebugAddr == c.ListenAddr {
			r.fail("DEBUG_ADDR", "must differ from LISTEN_ADDR: the profiler never shares the public listener")
		}
	}
	if c.MetricsAddr != "" {
		if _, port, err := net.SplitHostPort(c.MetricsAddr); err != nil || !validPort(port) {
			r.fail("METRICS_ADDR", "must be host:port or :port, such as :9090, not %q", c.MetricsAddr)
		} else if samePort(c.MetricsAddr, c.ListenAddr) || c.DebugAddr != "" && samePort(c.MetricsAddr, c.DebugAddr) {
			r.fail("METRICS_ADDR", "must differ from LISTEN_ADDR and DEBUG_ADDR: the metrics have a listener of their own")
		}
	}
	// Idle connections default to the whole pool: with fewer, every connection given back beyond
	// them under load is closed and opened again a moment later, a new PostgreSQL backend each
	// time (measured: 55 a second at 16 requests in flight with 10 kept). DB_CONN_MAX_IDLE_TIME
	// closes them once the load has gone.
	c.DBMaxIdleConns = r.integer("DB_MAX_IDLE_CONNS", c.DBMaxOpenConns, 0, 1000)
	if c.DBMaxIdleConns > c.DBMaxOpenConns {
		r.fail("DB_MAX_IDLE_CONNS", "must not exceed DB_MAX_OPEN_CONNS")
	}
	if c.DatabaseURL != "" && !strings.HasPrefix(c.DatabaseURL, "postgres://") && !strings.HasPrefix(c.DatabaseURL, "postgresql://") {
		r.fail("DATABASE_URL", "must be a URL such as postgres://user:password@host:5432/dbname?sslmode=require")
	}
	if len(r.errs) > 0 {
		return Config{}, fmt.Errorf("configuration: %w", errors.Join(r.errs...))
	}
	return c, nil
}
