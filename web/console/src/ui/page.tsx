// The frame of every screen: its one h1, the document's title (starting "エラー: " / "Error: "
// while the screen shows errors), and focus on the h1 after a navigation within the console, so
// that a screen reader announces the new screen.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLang } from '../i18n';

let navigatedWithin = false;

/** Marks that the next screen comes from a navigation inside the console. */
export function markNavigated(): void {
  navigatedWithin = true;
}

export function Page(props: { title: string; error?: boolean; children?: ComponentChildren }) {
  const { t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.error ? t('app.titleError') : ''}${props.title} | ${t('app.name')}`;
  });
  useEffect(() => {
    if (navigatedWithin) heading.current?.focus();
    navigatedWithin = true;
  }, []);
  return (
    <>
      <h1 class="page-title" tabIndex={-1} ref={heading}>
        {props.title}
      </h1>
      {props.children}
    </>
  );
}
