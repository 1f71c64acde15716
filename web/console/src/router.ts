// Client-side routes under /admin/: the server answers the same page for every one of them, so a
// reload or a bookmark of any address works.
import { h, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export const base = '/admin';

export const paths = {
  home: `${base}/`,
  signIn: `${base}/signin`,
  account: `${base}/account`,
  /** Two-step sign-in: its set-up, and turning it off. */
  twoStep: `${base}/account/two-step`,
  dashboard: `${base}/dashboard`,
  events: `${base}/events`,
  newEvent: `${base}/events/new`,
  /** An event's applications (the event's global ID). */
  applications: (eventId: string) => `${base}/events/${encodeURIComponent(eventId)}/applications`,
  /** The door view of an event: check-in on a tablet. */
  door: (eventId: string) => `${base}/events/${encodeURIComponent(eventId)}/door`,
  apiKeys: `${base}/api-keys`,
  newApiKey: `${base}/api-keys/new`,
  /** The check before revoking a partner key (the key's global ID). */
  revokeApiKey: (id: string) => `${base}/api-keys/${encodeURIComponent(id)}/revoke`,
  auditLog: `${base}/audit`,
  registrants: `${base}/registrants`,
  /** A registrant (its global ID), and the check before rejecting it. */
  registrant: (id: string) => `${base}/registrants/${encodeURIComponent(id)}`,
  rejectRegistrant: (id: string) => `${base}/registrants/${encodeURIComponent(id)}/reject`,
  staff: `${base}/staff`,
  invite: `${base}/staff/invite`,
  /** Granting a role to a person, or revoking one, after a check (query: email, role, ministry). */
  grant: `${base}/staff/grant`,
  revoke: `${base}/staff/revoke`,
  /** The pages without a session: an invitation's and a reset's links open the first and third. */
  setPassword: `${base}/password/set`,
  forgotPassword: `${base}/password/forgot`,
  resetPassword: `${base}/password/reset`,
  awards: `${base}/awards`,
  newAward: `${base}/awards/new`,
  /** An award program's screen, or one of its steps (edit, announce); the program's global ID. */
  award: (id: string, step?: 'edit' | 'announce') => `${base}/awards/${encodeURIComponent(id)}${step ? `/${step}` : ''}`,
  /** The decision on an award entry (the entry's global ID). */
  awardEntry: (id: string) => `${base}/award-entries/${encodeURIComponent(id)}`,
};

/** The address of a page with its query, leaving out empty values. */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The address of an event's screen, or of one of its steps (publish, cancel). */
export function eventPath(id: string, step?: 'publish' | 'cancel'): string {
  return `${paths.events}/${encodeURIComponent(id)}${step ? `/${step}` : ''}`;
}

/** A screen of the console and what its address names. */
export type Route =
  | { screen: 'signIn' | 'account' | 'twoStep' | 'events' | 'newEvent' | 'apiKeys' | 'newApiKey' | 'auditLog' | 'registrants' | 'dashboard' | 'notFound' }
  | { screen: 'staff' | 'invite' | 'grant' | 'revoke' }
  | { screen: 'setPassword' | 'forgotPassword' | 'resetPassword'; public: true }
  | { screen: 'awards' | 'newAward' }
  | { screen: 'award' | 'awardEdit' | 'awardAnnounce' | 'awardEntry'; id: string }
  | { screen: 'event' | 'publish' | 'cancel' | 'applications' | 'door' | 'revokeApiKey' | 'registrant' | 'rejectRegistrant'; id: string };

/** The screen that a path shows. */
export function route(path: string): Route {
  switch (path) {
    case paths.signIn:
      return { screen: 'signIn' };
    case paths.account:
      return { screen: 'account' };
    case paths.twoStep:
      return { screen: 'twoStep' };
    case paths.events:
      return { screen: 'events' };
    case paths.newEvent:
      return { screen: 'newEvent' };
    case paths.staff:
      return { screen: 'staff' };
    case paths.invite:
      return { screen: 'invite' };
    case paths.grant:
      return { screen: 'grant' };
    case paths.revoke:
      return { screen: 'revoke' };
    case paths.setPassword:
      return { screen: 'setPassword', public: true };
    case paths.forgotPassword:
      return { screen: 'forgotPassword', public: true };
    case paths.resetPassword:
      return { screen: 'resetPassword', public: true };
    case paths.apiKeys:
      return { screen: 'apiKeys' };
    case paths.newApiKey:
      return { screen: 'newApiKey' };
    case paths.auditLog:
      return { screen: 'auditLog' };
    case paths.awards:
      return { screen: 'awards' };
    case paths.newAward:
      return { screen: 'newAward' };
    case paths.registrants:
      return { screen: 'registrants' };
    case paths.dashboard:
      return { screen: 'dashboard' };
  }
  const reg = /^\/admin\/registrants\/([^/]+)(\/reject)?$/.exec(path);
  if (reg) {
    try {
      return { screen: reg[2] ? 'rejectRegistrant' : 'registrant', id: decodeURIComponent(reg[1]) };
    } catch {
      return { screen: 'notFound' };
    }
  }
  const award = awardRoute(path);
  if (award) return award;
  const key = /^\/admin\/api-keys\/([^/]+)\/revoke$/.exec(path);
  if (key) {
    try {
      return { screen: 'revokeApiKey', id: decodeURIComponent(key[1]) };
    } catch {
      return { screen: 'notFound' };
    }
  }
  const m = /^\/admin\/events\/([^/]+)(?:\/(publish|cancel|applications|door))?$/.exec(path);
  if (m) {
    let id: string;
    try {
      id = decodeURIComponent(m[1]);
    } catch {
      return { screen: 'notFound' };
    }
    return { screen: (m[2] as 'publish' | 'cancel' | 'applications' | 'door' | undefined) ?? 'event', id };
  }
  return { screen: 'notFound' };
}

/** The award screens of a path with an ID: a program, its edit and announce steps, an entry. */
function awardRoute(path: string): Route | null {
  const m = /^\/admin\/(awards|award-entries)\/([^/]+)(?:\/(edit|announce))?$/.exec(path);
  if (!m || (m[1] === 'award-entries' && m[3])) return null;
  let id: string;
  try {
    id = decodeURIComponent(m[2]);
  } catch {
    return { screen: 'notFound' };
  }
  if (m[1] === 'award-entries') return { screen: 'awardEntry', id };
  return { screen: m[3] === 'edit' ? 'awardEdit' : m[3] === 'announce' ? 'awardAnnounce' : 'award', id };
}

const listeners = new Set<() => void>();

function here(): string {
  return location.pathname + location.search;
}

/** Goes to a path of the console without loading the page again. */
export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  listeners.forEach((f) => f());
}

/** The current path with its query; re-renders on navigation. */
export function useLocation(): string {
  const [loc, set] = useState(here());
  useEffect(() => {
    const update = () => set(here());
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, []);
  return loc;
}

/**
 * Where to go back to after signing in: a path of the console given in ?next=, never another
 * site's address (a link to the sign-in page must not send a person elsewhere afterwards).
 */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith(`${base}/`) || next.startsWith('//') || next.includes('\\')) return paths.home;
  if (next.startsWith(paths.signIn)) return paths.home;
  return next;
}

/** The sign-in address that comes back to `from` afterwards, with a reason to show. */
export function signInPath(from: string, reason?: 'expired' | 'required' | 'signedOut'): string {
  const q = new URLSearchParams();
  if (from && from !== paths.home && !from.startsWith(paths.signIn)) q.set('next', from);
  if (reason) q.set('reason', reason);
  const s = q.toString();
  return s ? `${paths.signIn}?${s}` : paths.signIn;
}

/** A link to a page of the console: followed without reloading the page. */
export function Link(props: { href: string; class?: string; id?: string; children: ComponentChildren; 'aria-current'?: 'page' }) {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.href);
  };
  return h('a', { ...props, onClick }, props.children);
}
