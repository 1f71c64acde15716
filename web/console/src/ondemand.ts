// The screens loaded on demand, in one module so that the build makes one chunk of them (a chunk per
// screen would add a request, and a chunk for each set of modules they share, to the first use of
// any): the API keys and the audit log, and the strings of their screens.
import './catalogue/ondemand';

export { ApiKeys } from './apikeys/apikeys';
export { NewApiKey } from './apikeys/newkey';
export { RevokeApiKey } from './apikeys/revoke';
export { AuditLog } from './auditlog/auditlog';
