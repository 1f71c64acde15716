// The one catalogue of the console's strings, in both languages, keyed by what they mean; the
// language of the page, remembered in localStorage (the language only: never the session); and
// dates in Japan time.
import { useEffect, useState } from 'preact/hooks';

export type Lang = 'ja' | 'en';

const ja = {
  'app.name': 'テレワーク月間 管理コンソール',
  'app.skipToMain': '本文へ移動',
  'app.mainNav': 'メインメニュー',
  'app.loading': '読み込み中…',
  'app.signedInAs': 'ログイン中:',
  'app.titleError': 'エラー: ',
  'lang.switchTo': 'English',
  'nav.account': 'アカウント',
  'signIn.title': 'ログイン',
  'signIn.intro': '府省庁・事務局の職員用の管理画面です。',
  'signIn.email': 'メールアドレス',
  'signIn.password': 'パスワード',
  'signIn.submit': 'ログイン',
  'signIn.submitting': 'ログインしています…',
  'signIn.expired': 'セッションの有効期限が切れたため、ログアウトしました。もう一度ログインすると、元のページに戻ります。',
  'signIn.required': 'ログインしてください。ログインすると、開こうとしたページに移動します。',
  'signIn.signedOut': 'ログアウトしました。',
  'signOut.submit': 'ログアウト',
  'errors.summaryTitle': '入力内容に問題があります',
  'errors.prefix': 'エラー:',
  'errors.emailRequired': 'メールアドレスを入力してください',
  'errors.passwordRequired': 'パスワードを入力してください',
  'errors.wrongLogin': 'メールアドレスまたはパスワードが正しくありません',
  'errors.rateLimited': 'ログインの失敗が続いたため、しばらくログインできません。{minutes}分ほど待ってから、もう一度お試しください',
  'errors.rateLimitedNoTime': 'ログインの失敗が続いたため、しばらくログインできません。時間をおいて、もう一度お試しください',
  'errors.currentPasswordRequired': '現在のパスワードを入力してください',
  'errors.currentPasswordWrong': '現在のパスワードが正しくありません',
  'errors.newPasswordRequired': '新しいパスワードを入力してください',
  'errors.newPasswordLength': '新しいパスワードは12文字以上、256文字以下で入力してください',
  'errors.newPasswordSame': '新しいパスワードは現在のパスワードと違うものにしてください',
  'errors.forbidden': 'この操作を行う権限がありません',
  'errors.notFound': 'お探しのものは見つかりませんでした',
  'errors.network': 'サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください',
  'errors.internal': 'サーバーで問題が起きました。時間をおいて、もう一度お試しください',
  'errors.badInput': '入力内容を確認してください',
  'account.title': 'アカウント',
  'account.who': 'ログイン中のアカウント',
  'account.name': '氏名',
  'account.email': 'メールアドレス',
  'account.roles': '権限',
  'account.rolesCaption': '府省庁ごとの権限',
  'account.ministry': '府省庁',
  'account.role': '役割',
  'account.allMinistries': 'すべての府省庁',
  'account.noRoles': '権限はまだ付与されていません。所属府省庁の管理者に依頼してください。',
  'account.changePassword': 'パスワードの変更',
  'account.changePasswordHint': '変更すると、このブラウザー以外でのログインはすべて終了します。',
  'account.currentPassword': '現在のパスワード',
  'account.newPassword': '新しいパスワード',
  'account.newPasswordHint': '12文字以上、256文字以下',
  'account.submit': 'パスワードを変更する',
  'account.changed': 'パスワードを変更しました。',
  'account.changedEndedOthers': 'パスワードを変更しました。ほかの端末やブラウザーでのログイン{count}件を終了しました。',
  'role.SECRETARIAT': '事務局',
  'role.MINISTRY_ADMIN': '管理者',
  'role.MINISTRY_EDITOR': '編集者',
  'role.MINISTRY_VIEWER': '閲覧者',
  'notFound.title': 'ページが見つかりません',
  'notFound.body': 'このページは存在しないか、表示する権限がありません。アドレスを確かめてください。',
  'notFound.home': '管理コンソールのトップへ',
  'applications.title': '申込一覧: {title}',
  'applications.seats': '席の状況',
  'applications.capacity': '定員',
  'applications.unlimited': '制限なし',
  'applications.seatsLeft': '残席',
  'applications.waitlist': 'キャンセル待ち',
  'applications.checkedIn': '受付済み',
  'applications.people': '{count}人',
  'applications.live': '席の状況は自動で更新されます。',
  'applications.filter': '絞り込み',
  'applications.status': '状態',
  'applications.statusAll': 'すべて',
  'applications.search': '検索',
  'applications.searchHint': '氏名、メールアドレス、所属、または受付番号(例: K7Q-4M2)。個人情報を閲覧できない権限では受付番号でのみ検索できます。',
  'applications.searchReferenceOnly': 'この権限では受付番号(例: K7Q-4M2)でのみ検索できます',
  'applications.submit': '絞り込む',
  'applications.list': '申込',
  'applications.caption': '申込一覧(全{count}件)',
  'applications.total': '全{count}件',
  'applications.none': '該当する申込はありません。',
  'applications.tableRegion': '申込一覧の表(横にスクロールできます)',
  'applications.reference': '受付番号',
  'applications.attendance': '参加方法',
  'applications.appliedAt': '申込日時',
  'applications.checkedInAt': '受付時刻',
  'applications.name': '氏名',
  'applications.email': 'メールアドレス',
  'applications.organization': '所属',
  'applications.noPersonal': 'この権限では氏名・メールアドレス・所属は表示されません。',
  'applications.waitlistPosition': 'キャンセル待ち {position}番目',
  'applications.pages': 'ページ送り',
  'applications.previous': '前のページ',
  'applications.next': '次のページ',
  'applications.csv': 'CSVをダウンロード',
  'applications.csvHint': '今の状態の絞り込みで、全件をダウンロードします。',
  'applications.door': '受付画面(当日の受付)を開く',
  'status.CONFIRMED': '参加確定',
  'status.WAITLISTED': 'キャンセル待ち',
  'status.CANCELLED': 'キャンセル済み',
  'attendance.IN_PERSON': '会場',
  'attendance.ONLINE': 'オンライン',
  'door.title': '受付: {title}',
  'door.count': '受付済み / 会場参加の確定者',
  'door.countOf': '{checked} / {confirmed}',
  'door.search': '氏名・メールアドレス・受付番号で検索',
  'door.searchHint': '入力してEnterキーで検索します。',
  'door.searchSubmit': '検索',
  'door.results': '検索結果',
  'door.found': '{count}件見つかりました。',
  'door.none': '見つかりませんでした。つづりや受付番号を確かめてください。',
  'door.checkIn': '受付する',
  'door.undo': '取り消す',
  'door.checkedInAt': '受付済み {time}',
  'door.online': 'オンライン参加のため受付はありません',
  'door.notConfirmed': '{status}のため受付できません',
  'door.done': '{who}を受付しました({time})。',
  'door.already': '{who}はすでに{time}に受付済みでした。二重には数えていません。',
  'door.undone': '{who}の受付を取り消しました。',
  'door.conflict': 'この申込は受付できません(参加確定の会場参加者のみ受付できます)',
  'door.applications': '申込一覧へ戻る',
};

type Key = keyof typeof ja;

const en: Record<Key, string> = {
  'app.name': 'Telework Month console',
  'app.skipToMain': 'Skip to main content',
  'app.mainNav': 'Main menu',
  'app.loading': 'Loading…',
  'app.signedInAs': 'Signed in as',
  'app.titleError': 'Error: ',
  'lang.switchTo': '日本語',
  'nav.account': 'Account',
  'signIn.title': 'Sign in',
  'signIn.intro': 'The console for the staff of the ministries and the secretariat.',
  'signIn.email': 'Email',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.submitting': 'Signing in…',
  'signIn.expired': 'Your session has expired, so you have been signed out. Sign in again to go back to the page you were on.',
  'signIn.required': 'Sign in to continue. You will then be taken to the page you asked for.',
  'signIn.signedOut': 'You have signed out.',
  'signOut.submit': 'Sign out',
  'errors.summaryTitle': 'There is a problem',
  'errors.prefix': 'Error:',
  'errors.emailRequired': 'Enter your email address',
  'errors.passwordRequired': 'Enter your password',
  'errors.wrongLogin': 'The email address or the password is not right',
  'errors.rateLimited': 'Too many failed sign-ins. Wait about {minutes} minutes, then try again',
  'errors.rateLimitedNoTime': 'Too many failed sign-ins. Wait a while, then try again',
  'errors.currentPasswordRequired': 'Enter your current password',
  'errors.currentPasswordWrong': 'Your current password is not right',
  'errors.newPasswordRequired': 'Enter a new password',
  'errors.newPasswordLength': 'The new password must be 12 to 256 characters',
  'errors.newPasswordSame': 'The new password must differ from the current one',
  'errors.forbidden': 'You are not allowed to do this',
  'errors.notFound': 'What you are looking for was not found',
  'errors.network': 'The server could not be reached. Check the network, then try again',
  'errors.internal': 'Something went wrong on the server. Try again later',
  'errors.badInput': 'Check what you entered',
  'account.title': 'Account',
  'account.who': 'Signed-in account',
  'account.name': 'Name',
  'account.email': 'Email',
  'account.roles': 'Roles',
  'account.rolesCaption': 'Roles by ministry',
  'account.ministry': 'Ministry',
  'account.role': 'Role',
  'account.allMinistries': 'All ministries',
  'account.noRoles': 'You have no role yet. Ask an administrator of your ministry.',
  'account.changePassword': 'Change your password',
  'account.changePasswordHint': 'Changing it signs you out everywhere but in this browser.',
  'account.currentPassword': 'Current password',
  'account.newPassword': 'New password',
  'account.newPasswordHint': '12 to 256 characters',
  'account.submit': 'Change password',
  'account.changed': 'Your password has been changed.',
  'account.changedEndedOthers': 'Your password has been changed, and {count} other sign-ins (other devices or browsers) have been ended.',
  'role.SECRETARIAT': 'Secretariat',
  'role.MINISTRY_ADMIN': 'Administrator',
  'role.MINISTRY_EDITOR': 'Editor',
  'role.MINISTRY_VIEWER': 'Viewer',
  'notFound.title': 'Page not found',
  'notFound.body': 'This page does not exist, or you may not see it. Check the address.',
  'notFound.home': 'Go to the start of the console',
  'applications.title': 'Applications: {title}',
  'applications.seats': 'Seats',
  'applications.capacity': 'Capacity',
  'applications.unlimited': 'Not limited',
  'applications.seatsLeft': 'Seats left',
  'applications.waitlist': 'Waitlist',
  'applications.checkedIn': 'Checked in',
  'applications.people': '{count}',
  'applications.live': 'The seats update by themselves.',
  'applications.filter': 'Filter',
  'applications.status': 'Status',
  'applications.statusAll': 'All',
  'applications.search': 'Search',
  'applications.searchHint': 'Name, email, organization, or reference (e.g. K7Q-4M2). A role that may not see personal data searches by reference only.',
  'applications.searchReferenceOnly': 'Your role searches by reference only (e.g. K7Q-4M2)',
  'applications.submit': 'Filter',
  'applications.list': 'Applications',
  'applications.caption': 'Applications ({count} in all)',
  'applications.total': '{count} in all',
  'applications.none': 'No application matches.',
  'applications.tableRegion': 'Table of applications (scrolls sideways)',
  'applications.reference': 'Reference',
  'applications.attendance': 'Attendance',
  'applications.appliedAt': 'Applied at',
  'applications.checkedInAt': 'Checked in at',
  'applications.name': 'Name',
  'applications.email': 'Email',
  'applications.organization': 'Organization',
  'applications.noPersonal': 'Your role does not show names, email addresses or organizations.',
  'applications.waitlistPosition': 'Waitlist, number {position}',
  'applications.pages': 'Pages',
  'applications.previous': 'Previous page',
  'applications.next': 'Next page',
  'applications.csv': 'Download CSV',
  'applications.csvHint': 'Every application with the current status filter.',
  'applications.door': 'Open the door view (check-in)',
  'status.CONFIRMED': 'Confirmed',
  'status.WAITLISTED': 'Waitlisted',
  'status.CANCELLED': 'Cancelled',
  'attendance.IN_PERSON': 'In person',
  'attendance.ONLINE': 'Online',
  'door.title': 'Door: {title}',
  'door.count': 'Checked in / confirmed in person',
  'door.countOf': '{checked} / {confirmed}',
  'door.search': 'Search by name, email or reference',
  'door.searchHint': 'Type, then press Enter.',
  'door.searchSubmit': 'Search',
  'door.results': 'Results',
  'door.found': '{count} found.',
  'door.none': 'Nothing found. Check the spelling or the reference.',
  'door.checkIn': 'Check in',
  'door.undo': 'Undo',
  'door.checkedInAt': 'Checked in {time}',
  'door.online': 'Online: no check-in',
  'door.notConfirmed': '{status}: cannot be checked in',
  'door.done': '{who} checked in ({time}).',
  'door.already': '{who} was already checked in at {time}: counted once.',
  'door.undone': 'Check-in of {who} undone.',
  'door.conflict': 'This application cannot be checked in (only confirmed, in-person attendees can)',
  'door.applications': 'Back to the applications',
};

const catalogue: Record<Lang, Record<Key, string>> = { ja, en };

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
  let s = catalogue[lang][key];
  if (vars) {
    for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, String(v));
  }
  return s;
}

/** The current language and its translate function; re-renders on a switch. */
export function useLang(): { lang: Lang; t: Translate } {
  const [lang, set] = useState(current);
  useEffect(() => {
    listeners.add(set);
    return () => {
      listeners.delete(set);
    };
  }, []);
  return { lang, t: (key, vars) => translate(lang, key, vars) };
}

/** A time as people in Japan read it, whatever the computer's time zone. */
export function formatDateTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** A time of day as people in Japan read it (for the door: the date is today's). */
export function formatTime(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    timeStyle: 'short',
  }).format(new Date(iso));
}

document.documentElement.lang = current;
