// The one module that talks to the server: GraphQL requests with typed documents, the session
// exchange (sign in and out), and the mapping of errors, by extensions.code, to messages.
import type { Client } from 'graphql-ws';
import type { TypedDocumentString } from './gql/graphql';
import { currentLang, type MessageKey, type Translate } from './i18n';

/** One error of an answer, as the API reports it. */
export type ApiError = {
  code: string;
  message: string;
  /** The input the error is about (BAD_USER_INPUT). */
  field?: string;
  /** Seconds to wait (RATE_LIMITED), when the server says. */
  retryAfter?: number;
  /** Where in the answer the error is (a field that failed while others did not). */
  path?: (string | number)[];
};

/** A request that failed: the errors of the answer, or a NETWORK error when there was none. */
export class ApiFailure extends Error {
  constructor(readonly errors: ApiError[]) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; '));
  }
  get first(): ApiError {
    return this.errors[0];
  }
}

const graphqlPath = '/graphql';
const sessionPath = '/admin/session';

let onUnauthenticated: () => void = () => {};

/** Sets what happens when the server no longer knows the session (it expired or was ended). */
export function setUnauthenticatedHandler(f: () => void): void {
  onUnauthenticated = f;
}

function headers(json: boolean): Record<string, string> {
  const h: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang() };
  if (json) h['Content-Type'] = 'application/json';
  return h;
}

async function send(path: string, init: RequestInit): Promise<{ status: number; body: any }> {
  let resp: Response;
  try {
    resp = await fetch(path, { ...init, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiFailure([{ code: 'NETWORK', message: 'the server could not be reached' }]);
  }
  if (resp.status === 204) return { status: 204, body: null };
  let body: any = null;
  try {
    body = await resp.json();
  } catch {
    throw new ApiFailure([{ code: resp.status >= 500 ? 'INTERNAL' : 'NETWORK', message: `HTTP ${resp.status}` }]);
  }
  return { status: resp.status, body };
}

function errorsOf(body: any): ApiError[] {
  if (!body || !Array.isArray(body.errors)) return [];
  return body.errors.map((e: any) => ({
    code: String(e?.extensions?.code ?? 'INTERNAL'),
    message: String(e?.message ?? ''),
    field: typeof e?.extensions?.field === 'string' ? e.extensions.field : undefined,
    retryAfter: typeof e?.extensions?.retryAfter === 'number' ? e.extensions.retryAfter : undefined,
    path: Array.isArray(e?.path) ? e.path : undefined,
  }));
}

/**
 * The SHA-256 of a typed document as the server registers it (graphql-codegen's persisted documents,
 * "sha256:<hex>"), as automatic persisted queries send it: the hex alone. The bundle holds no
 * document's text, only its hash (codegen.yml: replaceDocumentWithHash), which keeps the first load
 * small.
 */
function hashOf<R, V>(doc: TypedDocumentString<R, V>): string {
  const hash = doc.__meta__?.hash;
  if (typeof hash !== 'string' || !hash.startsWith('sha256:')) throw new Error('a typed document without its sha256 hash');
  return hash.slice('sha256:'.length);
}

function persistedQuery<R, V>(doc: TypedDocumentString<R, V>) {
  return { persistedQuery: { version: 1, sha256Hash: hashOf(doc) } };
}

/**
 * Posts an operation by the hash of its document, which the server knows: every server registers
 * the console's documents (persisted-documents.json, built with the bundle) at start-up, and may run
 * only those. Answers the body of the answer.
 */
async function post<R, V>(doc: TypedDocumentString<R, V>, variables?: V): Promise<any> {
  const { body } = await send(graphqlPath, {
    method: 'POST',
    headers: headers(true),
    body: JSON.stringify({ variables: variables ?? {}, extensions: persistedQuery(doc) }),
  });
  return body;
}

/**
 * Runs a GraphQL operation with the session cookie and answers its data. Any error rejects with an
 * ApiFailure; UNAUTHENTICATED also calls the handler of setUnauthenticatedHandler first. With
 * `partial`, a FORBIDDEN error at a field's path (a field the viewer may not read, which answers
 * null) does not reject: the rest of the answer is the data.
 */
export async function request<R, V>(doc: TypedDocumentString<R, V>, variables?: V, opts: { partial?: boolean } = {}): Promise<R> {
  const body = await post(doc, variables);
  const errors = errorsOf(body).filter((e, i) => !(opts.partial && e.code === 'FORBIDDEN' && Array.isArray(body.errors[i]?.path)));
  if (errors.some((e) => e.code === 'UNAUTHENTICATED')) onUnauthenticated();
  if (errors.length > 0 || !body?.data) {
    throw new ApiFailure(errors.length > 0 ? errors : [{ code: 'INTERNAL', message: 'no data' }]);
  }
  return body.data as R;
}

/** An answer that may hold data and errors at once: fields the viewer may not read are null, with
 * FORBIDDEN at their path. */
export type WithErrors<R> = { data: R; errors: ApiError[] };

/**
 * Runs a GraphQL operation like request, but answers the data together with the errors of the
 * fields that failed (e.g. personal data that the viewer's role may not read), rejecting only when
 * there is no data at all. Screens that show what they may and leave out the rest use it.
 */
export async function requestPartial<R, V>(doc: TypedDocumentString<R, V>, variables?: V): Promise<WithErrors<R>> {
  const body = await post(doc, variables);
  const errors = errorsOf(body);
  if (errors.some((e) => e.code === 'UNAUTHENTICATED')) onUnauthenticated();
  if (!body?.data) throw new ApiFailure(errors.length > 0 ? errors : [{ code: 'INTERNAL', message: 'no data' }]);
  return { data: body.data as R, errors };
}

/** Whether an error of the answer is at a field of this name (e.g. 'applications'), anywhere
 * in its path. */
export function hasErrorAt(errors: ApiError[], field: string): boolean {
  return errors.some((e) => e.path?.filter((p) => typeof p === 'string').includes(field));
}

let socket: Promise<Client> | undefined;

// One WebSocket for the page, opened on the first subscription, to the same origin: the browser
// sends the session cookie with the upgrade, so no credential goes into the connection's payload.
/**
 * The one WebSocket client of the page, made at the first subscription. graphql-ws is loaded then,
 * not with the first load: most screens never subscribe.
 */
function sockets(): Promise<Client> {
  socket ??= import('graphql-ws/client').then(({ createClient }) => {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${graphqlPath}`;
    return createClient({ url, lazy: true, retryAttempts: Infinity, shouldRetry: () => true });
  });
  return socket;
}

/**
 * Subscribes to a GraphQL subscription over WebSocket (graphql-transport-ws) and calls next with the
 * data of every event (errors of single fields left aside); it reconnects after a drop. Answers the
 * function that ends the subscription, which may be called before the connection is made.
 */
export function subscribe<R, V>(doc: TypedDocumentString<R, V>, variables: V, next: (data: R) => void): () => void {
  const payload = { query: '', variables: variables as Record<string, unknown>, extensions: persistedQuery(doc) };
  let stop: (() => void) | undefined;
  let stopped = false;
  void sockets().then((client) => {
    if (stopped) return;
    stop = client.subscribe<R>(payload, {
      next: (r) => {
        if (r.data) next(r.data as R);
      },
      error: () => {},
      complete: () => {},
    });
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

/** Signs in: the server sets the session cookie. Rejects with the API's errors. */
export async function signIn(email: string, password: string): Promise<void> {
  const { status, body } = await send(sessionPath, {
    method: 'POST',
    headers: headers(true),
    body: JSON.stringify({ email, password }),
  });
  if (status !== 200) throw new ApiFailure(errorsOf(body).length ? errorsOf(body) : [{ code: 'INTERNAL', message: `HTTP ${status}` }]);
}

/** Signs out: the server ends the session and clears the cookie. Never rejects: whatever the
 * answer, the person is then signed out as far as this page is concerned. */
export async function signOut(): Promise<void> {
  try {
    await send(sessionPath, { method: 'DELETE', headers: headers(false) });
  } catch {
    // An ended session, or no network: the cookie goes with the next answer that clears it.
  }
}

// Messages of errors about one input, by the field the server names.
const fieldMessages: Record<string, MessageKey> = {
  email: 'errors.emailRequired',
  password: 'errors.passwordRequired',
  currentPassword: 'errors.currentPasswordWrong',
  newPassword: 'errors.newPasswordLength',
};

/**
 * The message to show for an error, in the page's language. A screen gives the messages of its own
 * fields (by the field the server names, e.g. input.titleJa); a field it does not know gets the
 * general message.
 */
export function errorMessage(e: ApiError, t: Translate, fields: (field: string) => string | undefined = () => undefined): string {
  switch (e.code) {
    case 'UNAUTHENTICATED':
      return t('errors.wrongLogin');
    case 'RATE_LIMITED':
      return e.retryAfter
        ? t('errors.rateLimited', { minutes: Math.max(1, Math.ceil(e.retryAfter / 60)) })
        : t('errors.rateLimitedNoTime');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'BAD_USER_INPUT':
      return (e.field && (fields(e.field) ?? (fieldMessages[e.field] && t(fieldMessages[e.field])))) || t('errors.badInput');
    case 'CONFLICT':
      return t('errors.conflict');
    case 'NETWORK':
      return t('errors.network');
    default:
      return t('errors.internal');
  }
}

/** The errors of a failure, or of anything else thrown, as ApiErrors. */
export function apiErrors(err: unknown): ApiError[] {
  return err instanceof ApiFailure ? err.errors : [{ code: 'INTERNAL', message: String(err) }];
}
