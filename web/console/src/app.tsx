// The console: who is signed in, and which screen the address shows.
import { useEffect, useState } from 'preact/hooks';
import { Account } from './account/account';
import { ApiFailure, request, setUnauthenticatedHandler, signOut } from './api';
import { ViewerDocument, type ViewerQuery } from './gql/graphql';
import { useLang } from './i18n';
import { Events } from './events/events';
import { Layout, mayReadApiKeys, mayReadAuditLog, mayUseAwards, mayUseDashboard, mayUseEvents, mayUseStaff } from './layout/layout';
import { NotAllowed } from './notallowed/notallowed';
import { NotFound } from './notfound/notfound';
import { navigate, paths, route, safeNext, signInPath, useLocation } from './router';
import { SignIn, type SignInReason } from './signin/signin';
import { lazy } from './ui/lazy';
import { markNavigated } from './ui/page';

// Screens loaded on demand, so that the first load carries the frame, sign-in, the account and the
// event list only: an event's screens (its form, applications and door, with the live seats'
// WebSocket client) come with the first visit to one, the staff and password screens likewise, and
// the screens few people use (API keys, the audit log) in one chunk (see ondemand.ts); the award
// screens in one of their own (awards/index.ts).
const EventScreen = lazy(() => import('./event/event').then((m) => m.EventScreen));
const NewEvent = lazy(() => import('./eventnew/eventnew').then((m) => m.NewEvent));
const EventAction = lazy(() => import('./eventaction/eventaction').then((m) => m.EventAction));
const Applications = lazy(() => import('./applications/applications').then((m) => m.Applications));
const Door = lazy(() => import('./door/door').then((m) => m.Door));
const StaffList = lazy(() => import('./staff').then((m) => m.StaffList));
const Invite = lazy(() => import('./staff').then((m) => m.Invite));
const RoleChange = lazy(() => import('./staff').then((m) => m.RoleChange));
const SetPassword = lazy(() => import('./password/password').then((m) => m.SetPassword));
const ForgotPassword = lazy(() => import('./password/password').then((m) => m.ForgotPassword));
const ApiKeys = lazy(() => import('./ondemand').then((m) => m.ApiKeys));
const NewApiKey = lazy(() => import('./ondemand').then((m) => m.NewApiKey));
const RevokeApiKey = lazy(() => import('./ondemand').then((m) => m.RevokeApiKey));
const AuditLog = lazy(() => import('./ondemand').then((m) => m.AuditLog));
const TwoStep = lazy(() => import('./twostep/twostep').then((m) => m.TwoStep));
const Dashboard = lazy(() => import('./dashboard').then((m) => m.Dashboard));
const RegistrantList = lazy(() => import('./registrants').then((m) => m.RegistrantList));
const RegistrantScreen = lazy(() => import('./registrants').then((m) => m.RegistrantScreen));
const RejectRegistrant = lazy(() => import('./registrants').then((m) => m.RejectRegistrant));
const AwardPrograms = lazy(() => import('./awards').then((m) => m.AwardPrograms));
const AwardProgramForm = lazy(() => import('./awards').then((m) => m.AwardProgramForm));
const AwardProgram = lazy(() => import('./awards').then((m) => m.AwardProgram));
const AnnounceAwards = lazy(() => import('./awards').then((m) => m.AnnounceAwards));
const DecideEntry = lazy(() => import('./awards').then((m) => m.DecideEntry));

type Viewer = ViewerQuery['viewer'];

/** undefined while the first answer is awaited, null when nobody is signed in. */
type Session = Viewer | null | undefined;

async function loadViewer(): Promise<Viewer | null> {
  const data = await request(ViewerDocument);
  return data.viewer.kind === 'staff' ? data.viewer : null;
}

function here(): string {
  return location.pathname + location.search;
}

export function App() {
  const { t } = useLang();
  const loc = useLocation();
  const [viewer, setViewer] = useState<Session>(undefined);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    // The server no longer knows the session: back to sign-in, and then back here.
    setUnauthenticatedHandler(() => {
      setViewer(null);
      if (!location.pathname.startsWith(paths.signIn)) navigate(signInPath(here(), 'expired'), { replace: true });
    });
    loadViewer().then(setViewer, (err) => {
      if (!(err instanceof ApiFailure && err.first.code === 'UNAUTHENTICATED')) setFailed(true);
    });
  }, []);

  const path = loc.split('?')[0];
  const query = new URLSearchParams(loc.split('?')[1] ?? '');
  const onSignIn = path === paths.signIn;
  // The password pages are for anyone, signed in or not: a link from an email opens them.
  const r = route(path);
  const isPublic = 'public' in r;

  // Redirects: the signed-out person to sign-in (remembering where they were going), the
  // signed-in one away from it, and the console's start to its first screen.
  let redirect: string | null = null;
  if (viewer === null && !onSignIn && !isPublic) redirect = signInPath(loc, path === paths.home || path === '/admin' ? undefined : 'required');
  else if (viewer && onSignIn) redirect = safeNext(query.get('next'));
  // A person who must set up two-step sign-in first (REQUIRE_MFA) goes to its page from anywhere:
  // the server answers nothing else to the session until it is on.
  else if (viewer && viewer.twoStep?.setupRequired && path !== paths.twoStep && !isPublic) redirect = paths.twoStep;
  else if (viewer && (path === paths.home || path === '/admin')) redirect = mayUseEvents(viewer) ? paths.events : paths.account;
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  const doSignOut = async () => {
    await signOut();
    setViewer(null);
    markNavigated();
    navigate(signInPath('', 'signedOut'));
  };

  if (failed) {
    return (
      <Layout viewer={null} path={path} onSignOut={doSignOut}>
        <h1 class="page-title">{t('errors.internal')}</h1>
      </Layout>
    );
  }
  if (viewer === undefined || redirect) {
    return <p class="loading" role="status">{t('app.loading')}</p>;
  }

  const signedIn = async () => {
    markNavigated();
    setViewer(await loadViewer());
    navigate(paths.home, { replace: true });
  };
  let screen;
  if (r.screen === 'setPassword' || r.screen === 'resetPassword') {
    screen = <SetPassword key={r.screen} kind={r.screen === 'setPassword' ? 'invitation' : 'reset'} onSignedIn={signedIn} />;
  } else if (r.screen === 'forgotPassword') {
    screen = <ForgotPassword />;
  } else if (onSignIn) {
    const reason = query.get('reason');
    screen = (
      <SignIn
        reason={reason === 'expired' || reason === 'required' || reason === 'signedOut' ? (reason as SignInReason) : null}
        onSignedIn={async () => {
          markNavigated();
          setViewer(await loadViewer());
        }}
      />
    );
  } else if (viewer && r.screen === 'twoStep') {
    const reload = async () => setViewer(await loadViewer());
    screen = (
      <TwoStep viewer={viewer} onChanged={reload}
        onFinished={async () => {
          await reload();
          markNavigated();
          navigate(paths.home, { replace: true });
        }} />
    );
  } else if (viewer) {
    screen = signedInScreen(viewer, path, query);
  } else {
    screen = <NotFound />;
  }
  return (
    <Layout viewer={viewer} path={path} onSignOut={doSignOut}>
      {screen}
    </Layout>
  );
}

/** The screen of a path for a signed-in viewer: "not found" for a screen the viewer may not use. */
function signedInScreen(viewer: Viewer, path: string, query: URLSearchParams) {
  const r = route(path);
  const events = mayUseEvents(viewer);
  const staff = mayUseStaff(viewer);
  switch (r.screen) {
    case 'staff':
      return staff ? <StaffList viewer={viewer} query={query} /> : <NotFound />;
    case 'invite':
      return staff ? <Invite viewer={viewer} /> : <NotFound />;
    case 'grant':
    case 'revoke':
      return staff ? <RoleChange key={`${r.screen}-${query}`} viewer={viewer} query={query} action={r.screen} /> : <NotFound />;
    case 'account':
      return <Account viewer={viewer} />;
    case 'events':
      return events ? <Events viewer={viewer} query={query} /> : <NotFound />;
    case 'newEvent':
      return events ? <NewEvent viewer={viewer} /> : <NotFound />;
    case 'event':
      return events ? <EventScreen key={r.id} id={r.id} /> : <NotFound />;
    case 'publish':
    case 'cancel':
      return events ? <EventAction key={`${r.screen}-${r.id}`} id={r.id} action={r.screen} /> : <NotFound />;
    case 'applications':
      return events ? <Applications key={r.id} eventId={r.id} query={query} /> : <NotFound />;
    case 'door':
      return events ? <Door key={r.id} eventId={r.id} /> : <NotFound />;
    // A screen that the viewer's role may not use says so: its address names no record.
    case 'apiKeys':
      return mayReadApiKeys(viewer) ? <ApiKeys query={query} /> : <NotAllowed />;
    case 'newApiKey':
      return mayReadApiKeys(viewer) ? <NewApiKey /> : <NotAllowed />;
    case 'revokeApiKey':
      return mayReadApiKeys(viewer) ? <RevokeApiKey key={r.id} id={r.id} /> : <NotAllowed />;
    case 'auditLog':
      return mayReadAuditLog(viewer) ? <AuditLog viewer={viewer} query={query} /> : <NotAllowed />;
    // Every staff member reads the public list; the rest of a registrant, and the review, are the
    // secretariat's (the API answers the same).
    case 'dashboard':
      return mayUseDashboard(viewer) ? <Dashboard viewer={viewer} query={query} /> : <NotAllowed />;
    case 'registrants':
      return <RegistrantList viewer={viewer} query={query} />;
    case 'registrant':
      return <RegistrantScreen key={r.id} viewer={viewer} id={r.id} />;
    case 'rejectRegistrant':
      return viewer.registrantsApprove ? <RejectRegistrant key={r.id} id={r.id} /> : <NotAllowed />;
    case 'awards':
      return mayUseAwards(viewer) ? <AwardPrograms viewer={viewer} query={query} /> : <NotAllowed />;
    case 'newAward':
      return mayUseAwards(viewer) ? <AwardProgramForm viewer={viewer} /> : <NotAllowed />;
    case 'awardEdit':
      return mayUseAwards(viewer) ? <AwardProgramForm key={r.id} viewer={viewer} id={r.id} /> : <NotAllowed />;
    case 'award':
      return mayUseAwards(viewer) ? <AwardProgram key={r.id} id={r.id} query={query} /> : <NotAllowed />;
    case 'awardAnnounce':
      return mayUseAwards(viewer) ? <AnnounceAwards key={r.id} id={r.id} /> : <NotAllowed />;
    case 'awardEntry':
      return mayUseAwards(viewer) ? <DecideEntry key={r.id} id={r.id} /> : <NotAllowed />;
    default:
      return <NotFound />;
  }
}
