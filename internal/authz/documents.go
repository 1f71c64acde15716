package authz

import "github.com/teleworkmonth/platform/internal/config"

// DocumentRule is which documents a viewer may run under TRUSTED_DOCUMENTS: any document, or only
// those registered for its owner.
type DocumentRule struct {
	// TrustedOnly is whether the viewer may run only registered documents.
	TrustedOnly bool
	// Owner is whose registered documents the viewer runs: a partner's own API key (its id), or
	// 0, the shared documents (the console's), for every viewer without a key. A key never runs
	// another key's documents, nor the shared ones.
	Owner int64
}

// DocumentsFor is the rule of mode (TRUSTED_DOCUMENTS: off, partners or required) for a viewer:
// under "partners" a partner key runs only its key's documents and every other viewer runs any;
// under "required" every viewer runs only registered documents.
func DocumentsFor(v *Viewer, mode string) DocumentRule {
	var owner int64
	if v.Kind == Partner {
		owner = v.APIKeyID
	}
	switch mode {
	case config.TrustedDocumentsRequired:
		return DocumentRule{TrustedOnly: true, Owner: owner}
	case config.TrustedDocumentsPartners:
		return DocumentRule{TrustedOnly: v.Kind == Partner, Owner: owner}
	}
	return DocumentRule{Owner: owner}
}
