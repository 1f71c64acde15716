// Client-side routes under /admin/: the server answers the same page for every one of them, so a
// reload or a bookmark of any address works.
import { h, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export const base = '/admin';

export const paths = {
  home: `${base}/`,
  signIn: `${base}/signin`,
  account: `${base}/account`,
  /** An event's applications (the event's global ID). */
  applications: (eventId: string) => `${base}/events/${encodeURIComponent(eventId)}/applications`,
  /** The door view of an event: check-in on a tablet. */
  door: (eventId: string) => `${base}/events/${encodeURIComponent(eventId)}/door`,
};

/** The event's ID and the screen of an address under /admin/events/{id}/, or null. */
export function eventScreen(path: string): { eventId: string; screen: string } | null {
  const m = path.match(/^\/admin\/events\/([^/]+)\/([a-z]+)$/);
  if (!m) return null;
  try {
    return { eventId: decodeURIComponent(m[1]), screen: m[2] };
  } catch {
    return null;
  }
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
export function Link(props: { href: string; class?: string; children: ComponentChildren; 'aria-current'?: 'page' }) {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.href);
  };
  return h('a', { ...props, onClick }, props.children);
}
