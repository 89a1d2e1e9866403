import { Warnings } from './components/Warnings';
import { useRoute } from './route';
import { TodayScreen } from './screens/TodayScreen';
import { VolunteersScreen } from './screens/VolunteersScreen';
import { VolunteerFormScreen } from './screens/VolunteerFormScreen';
import { VolunteerProfileScreen } from './screens/volunteer/VolunteerProfileScreen';
import { RecruitmentBoardScreen } from './screens/RecruitmentBoardScreen';
import { RecruitmentFiguresScreen } from './screens/RecruitmentFiguresScreen';
import { YoungPeopleScreen } from './screens/YoungPeopleScreen';
import { YoungPersonFormScreen } from './screens/YoungPersonFormScreen';
import { YoungPersonProfileScreen } from './screens/youngPerson/YoungPersonProfileScreen';
import { ConsentFormPrintScreen } from './screens/youngPerson/ConsentFormPrintScreen';
import { WaitingListScreen } from './screens/WaitingListScreen';
import { SafeguardingLogScreen } from './screens/logs/SafeguardingLogScreen';
import { ComplaintsLogScreen } from './screens/logs/ComplaintsLogScreen';
import { LogsScreen } from './screens/LogsScreen';
import { MatchesScreen } from './screens/matches/MatchesScreen';
import { MatchScreen } from './screens/matches/MatchScreen';
import { MatchingAssistantScreen } from './screens/matches/MatchingAssistantScreen';
import { ExpensesScreen } from './screens/matches/ExpensesScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { RetentionScreen } from './screens/RetentionScreen';
import { CareReviewCalendarScreen } from './screens/careReviews/CareReviewCalendarScreen';
import { CareReviewUpdateScreen } from './screens/careReviews/CareReviewUpdateScreen';
import { CareReviewPrintScreen } from './screens/careReviews/CareReviewPrintScreen';
import { SupervisionsScreen } from './screens/supervisions/SupervisionsScreen';
import { SupervisionFormScreen } from './screens/supervisions/SupervisionFormScreen';
import { SupervisionRecordScreen } from './screens/supervisions/SupervisionRecordScreen';
import { GroupSupervisionScreen } from './screens/supervisions/GroupSupervisionScreen';
import { SchemeNameContext } from './components/PrintLayout';
import { AuditScreen } from './screens/audit/AuditScreen';
import { BackupsScreen } from './screens/backups/BackupsScreen';
import { HeaderSearch } from './components/HeaderSearch';
import { SheetImportScreen } from './screens/sheets/SheetImportScreen';
import { ReportsScreen } from './screens/reports/ReportsScreen';
import { StandardsScreen } from './screens/reports/StandardsScreen';
import { ReportSectionsScreen } from './screens/reports/ReportSectionsScreen';

const AREAS = [
  { path: 'today', label: 'Today' },
  { path: 'volunteers', label: 'Volunteers' },
  { path: 'recruitment', label: 'Recruitment' },
  { path: 'young-people', label: 'Young people' },
  { path: 'waiting', label: 'Waiting list' },
  { path: 'care-reviews', label: 'Care reviews' },
  { path: 'matches', label: 'Matches' },
  { path: 'supervisions', label: 'Supervisions' },
  { path: 'expenses', label: 'Expenses' },
  { path: 'logs', label: 'Logs' },
  { path: 'reports', label: 'Reports' },
  { path: 'audit', label: 'Audit' },
];

/** Looking after the scheme's data rather than its daily work: in the header, so the main navigation fits one line. */
const TOOLS = [
  { path: 'backups', label: 'Backups' },
  { path: 'settings', label: 'Settings' },
];
const ALL_AREAS = [...AREAS, ...TOOLS];

/** Pages reached from an area, shown as part of it in the navigation. */
const SUB_AREAS: Record<string, string> = { matching: 'waiting', safeguarding: 'logs', complaints: 'logs', retention: 'settings', 'import-sheet': 'settings', standards: 'reports' };

function Page({ route, onSchemeChanged }: { route: string[]; onSchemeChanged: () => void }) {
  const [area, id, sub, subSub] = route;
  switch (area) {
    case 'volunteers':
      if (id === 'new') return <VolunteerFormScreen key="new" id={null} />;
      if (id && sub === 'edit') return <VolunteerFormScreen key={`edit-${id}`} id={Number(id)} />;
      if (id) return <VolunteerProfileScreen key={id} id={Number(id)} />;
      return <VolunteersScreen />;
    case 'recruitment':
      return id === 'figures' ? <RecruitmentFiguresScreen /> : <RecruitmentBoardScreen />;
    case 'young-people':
      if (id === 'new') return <YoungPersonFormScreen key="new" id={null} />;
      if (id && sub === 'edit') return <YoungPersonFormScreen key={`edit-${id}`} id={Number(id)} />;
      if (id && sub === 'consent-form') return <ConsentFormPrintScreen youngPersonId={Number(id)} />;
      if (id) return <YoungPersonProfileScreen key={id} id={Number(id)} />;
      return <YoungPeopleScreen />;
    case 'waiting':
      return <WaitingListScreen />;
    case 'care-reviews':
      if (id && sub && subSub === 'print') return <CareReviewPrintScreen youngPersonId={Number(id)} reviewDate={sub} />;
      if (id && sub) return <CareReviewUpdateScreen youngPersonId={Number(id)} reviewDate={sub} />;
      return <CareReviewCalendarScreen />;
    case 'matching':
      return <MatchingAssistantScreen key={id} referralId={Number(id)} />;
    case 'matches':
      return id ? <MatchScreen key={id} id={Number(id)} /> : <MatchesScreen />;
    case 'expenses':
      return <ExpensesScreen />;
    case 'standards':
      // #/standards, #/standards/2025 (the financial year 2025/26) and #/standards/2025/sections.
      if (id && sub === 'sections') return <ReportSectionsScreen year={Number(id)} />;
      return <StandardsScreen year={id ? Number(id) : null} />;
    case 'logs':
      return <LogsScreen />;
    case 'supervisions':
      if (id === 'new') return <SupervisionFormScreen volunteerId={Number(sub)} supervisionId={null} />;
      if (id === 'group') return <GroupSupervisionScreen />;
      if (id === 'volunteer') return <SupervisionsScreen volunteerId={Number(sub)} />;
      if (id && sub === 'edit') return <SupervisionFormScreen volunteerId={null} supervisionId={Number(id)} />;
      if (id) return <SupervisionRecordScreen id={Number(id)} />;
      return <SupervisionsScreen volunteerId={null} />;
    case 'safeguarding':
      // #/safeguarding/new/volunteer/<id>: the form to record a concern, the volunteer already chosen.
      return <SafeguardingLogScreen newForVolunteer={id === 'new' && sub === 'volunteer' && route[3] ? Number(route[3]) : null} />;
    case 'complaints':
      return <ComplaintsLogScreen />;
    case 'audit':
      return <AuditScreen key={route.join('/')} recordKind={id ?? null} recordId={sub ? Number(sub) : null} />;
    case 'settings':
      return <SettingsScreen onSchemeChanged={onSchemeChanged} />;
    case 'retention':
      return <RetentionScreen />;
    case 'import-sheet':
      return <SheetImportScreen />;
    case 'reports':
      return <ReportsScreen />;
    case 'backups':
      return <BackupsScreen onRestored={onSchemeChanged} />;
    default:
      return <TodayScreen />;
  }
}

/** The unlocked app: header, navigation of the areas that work, and the page. */
export function Shell({ schemeName, warnings, onLock, onSchemeChanged }: { schemeName: string; warnings: string[]; onLock: () => void; onSchemeChanged: () => void }) {
  const route = useRoute();
  const current = SUB_AREAS[route[0]] ?? (ALL_AREAS.some((a) => a.path === route[0]) ? route[0] : 'today');
  const link = (a: { path: string; label: string }) => (
    <li key={a.path}>
      <a href={`#/${a.path}`} aria-current={current === a.path ? 'page' : undefined}>
        {a.label}
      </a>
    </li>
  );
  return (
    <SchemeNameContext.Provider value={schemeName}>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to main content
      </a>
      <header className="header">
        <div className="header__inner">
          <span className="header__product">IV Desk</span>
          <span className="header__scheme">{schemeName}</span>
          <HeaderSearch />
          <nav className="header__tools" aria-label="Scheme tools">
            <ul>{TOOLS.map(link)}</ul>
          </nav>
          <button type="button" className="button button--header" onClick={onLock}>
            Lock
          </button>
        </div>
        <nav className="nav" aria-label="Main">
          <ul>{AREAS.map(link)}</ul>
        </nav>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Warnings warnings={warnings} />
        <Page key={route.join('/')} route={route[0] && (SUB_AREAS[route[0]] || ALL_AREAS.some((a) => a.path === route[0])) ? route : ['today']} onSchemeChanged={onSchemeChanged} />
      </main>
    </SchemeNameContext.Provider>
  );
}
