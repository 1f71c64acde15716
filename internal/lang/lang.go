// Package lang carries the language a request prefers, taken from its Accept-Language header, so
// that bilingual texts can answer in it. Japanese is the default and the fallback.
package lang

import (
	"context"
	"net/http"

	"golang.org/x/text/language"
)

// Tag is a language the API answers in.
type Tag int

const (
	// Japanese is the default language of every text.
	Japanese Tag = iota
	// English is used when the request prefers it and the text has an English version.
	English
)

var matcher = language.NewMatcher([]language.Tag{language.Japanese, language.English})

// Parse picks the supported language an Accept-Language header value prefers.
func Parse(acceptLanguage string) Tag {
	if acceptLanguage == "" {
		return Japanese
	}
	tags, _, err := language.ParseAcceptLanguage(acceptLanguage)
	if err != nil || len(tags) == 0 {
		return Japanese
	}
	_, index, confidence := matcher.Match(tags...)
	if confidence == language.No || index != 1 {
		return Japanese
	}
	return English
}

type contextKey struct{}

// WithTag returns a context that carries the language.
func WithTag(ctx context.Context, t Tag) context.Context {
	return context.WithValue(ctx, contextKey{}, t)
}

// FromContext returns the request's language, Japanese when none was set.
func FromContext(ctx context.Context) Tag {
	t, _ := ctx.Value(contextKey{}).(Tag)
	return t
}

// Middleware puts the language of the request's Accept-Language header into its context.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tag := Parse(r.Header.Get("Accept-Language"))
		next.ServeHTTP(w, r.WithContext(WithTag(r.Context(), tag)))
	})
}
