// The one catalogue of the console's strings, in both languages, keyed by what they mean
// (catalogue/ja.ts and catalogue/en.ts); the language of the page, remembered in localStorage (the
// language only: never the session). Times in Japan time are in jst.ts.
import { useEffect, useState } from 'preact/hooks';
import { en } from './catalogue/en';
import { ja } from './catalogue/ja';
import type { jaOnDemand } from './catalogue/ondemand-ja';

export type Lang = 'ja' | 'en';

import type { ja as dashboardJa } from './dashboard/strings';
import type { ja as awardsJa } from './awards/strings';
import type { ja as passwordJa } from './password/strings';
import type { ja as registrantsJa } from './registrants/strings';
import type { ja as staffJa } from './staff/strings';
import type { ja as twoStepJa } from './twostep/strings';

/** The keys of the strings that the console loads with its first screen (catalogue/ja.ts). */
export type CoreKey = keyof typeof ja;

/** The keys of the strings that load with their screens, on demand (addStrings): the staff,
 * password, two-step, award, registrants and dashboard screens' (their strings.ts), and those of
 * ondemand.ts (catalogue/ondemand-ja.ts). */
type LaterKey =
  | keyof typeof dashboardJa
  | keyof typeof staffJa
  | keyof typeof passwordJa
  | keyof typeof twoStepJa
  | keyof typeof awardsJa
  | keyof typeof registrantsJa
  | keyof typeof jaOnDemand;

type Key = CoreKey | LaterKey;

const catalogue: Record<Lang, Record<string, string>> = { ja: { ...ja }, en: { ...en } };

/** Adds the strings of screens loaded on demand, in both languages, when their code arrives. */
export function addStrings(parts: { ja: Record<string, string>; en: Record<string, string> }): void {
  Object.assign(catalogue.ja, parts.ja);
  Object.assign(catalogue.en, parts.en);
}

export type MessageKey = Key;
export type Translate = (key: Key, vars?: Record<string, string | number>) => string;

const storageKey = 'telework-console-lang';

// Japanese whatever the browser's language, until the person picks English.
function storedLang(): Lang {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

let current: Lang = storedLang();
const listeners = new Set<(l: Lang) => void>();

/** The language of the page now (read by the API module for Accept-Language). */
export function currentLang(): Lang {
  return current;
}

/** Switches the language, remembers it, and sets the page's lang. */
export function setLang(l: Lang): void {
  current = l;
  try {
    localStorage.setItem(storageKey, l);
  } catch {
    // Storage may be off: the choice then lasts until the page is left.
  }
  document.documentElement.lang = l;
  listeners.forEach((f) => f(l));
}

export function translate(lang: Lang, key: Key, vars?: Record<string, string | number>): string {
  // A key is missing only while the code of its screen has not arrived, which renders nothing.
  let s = catalogue[lang][key] ?? key;
  if (vars) {
    for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
  }
  return s;
}

/** The current language and its translate function; re-renders on a switch. */
export function useLang(): { lang: Lang; t: Translate } {
  const [lang, set] = useState(current);
  useEffect(() => {
    listeners.add(set);
    // A switch between the render and this effect (effects run after the paint) reached no
    // listener: catch up with it.
    set(current);
    return () => {
      listeners.delete(set);
    };
  }, []);
  return { lang, t: (key, vars) => translate(lang, key, vars) };
}


document.documentElement.lang = current;
