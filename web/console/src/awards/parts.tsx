// Small parts that the award screens share: the entry window, the status of an entry, and what
// stands in for a value that the viewer's role may not read.
import type { AwardEntryStatus } from '../gql/graphql';
import { useLang } from '../i18n';
import { formatTime } from '../jst';

/** A program's entry window in Japan time, or that it is not set. */
export function Window(props: { program: { entryOpensAt?: string | null; entryClosesAt?: string | null } }) {
  const { t, lang } = useLang();
  const { entryOpensAt: from, entryClosesAt: to } = props.program;
  if (!from && !to) return <>{t('awards.windowNotSet')}</>;
  return <>{t('awards.window', { from: from ? formatTime(lang, from) : '—', to: to ? formatTime(lang, to) : '—' })}</>;
}

/** An entry's status as a tag. */
export function EntryStatus(props: { status: AwardEntryStatus }) {
  const { t } = useLang();
  const tag = props.status === 'AWARDED' || props.status === 'SHORTLISTED' ? 'tag-published' : props.status === 'SUBMITTED' ? 'tag-draft' : 'tag-closed';
  return <span class={`tag ${tag}`}>{t(`entryStatus.${props.status}`)}</span>;
}

/** What a cell shows for a value that the API does not answer the viewer's role. */
export function NotShown(props: { why: 'role' | 'unlisted' }) {
  const { t } = useLang();
  return <span class="not-shown">{t(props.why === 'role' ? 'awards.notShownToRole' : 'awards.nameNotListed')}</span>;
}
