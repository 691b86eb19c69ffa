import { isValidElement, useEffect } from 'react';
import { createRoutesFromElements, HashRouter, matchRoutes, Navigate, Route, Routes, type RouteObject } from 'react-router';
import type { Settings } from '@shared/settings/settingsSchema';
import { SettingsProvider } from '../settings/settingsContext';
import { useProjectLead } from '../board/useProjectLead';
import { useProcessOwner } from '../board/useProcessOwner';
import { ProjectLeadNotice } from '../board/ProjectLeadNotice';
import { Layout } from './Layout';
import { LimitedLayout } from './LimitedLayout';
import { preloadOnIntent } from './preloadOnIntent';
import { lazyComponent, preloadComponent, preloadLazyComponents } from '../components/lazyComponent';
import { firstScreenShown } from '../perf/paintMarks';
import type { ServiceRegistry } from '../services/serviceKey';
import { ServicesProvider } from '../services/services';

/* Each screen is its own chunk, loaded on first visit: the first screen does not wait for the editor, docx or backup code. */
const AdvicePage = lazyComponent(() => import('../advice/AdvicePage'), 'AdvicePage');
const ComparePage = lazyComponent(() => import('../advice/compare/ComparePage'), 'ComparePage');
const ActionsPage = lazyComponent(() => import('../actions/ActionsPage'), 'ActionsPage');
const BackupPage = lazyComponent(() => import('../backup/BackupPage'), 'BackupPage');
const AdviceRegisterPage = lazyComponent(() => import('../advice/register/AdviceRegisterPage'), 'AdviceRegisterPage');
const CaseListPage = lazyComponent(() => import('../cases/CaseListPage'), 'CaseListPage');
const DashboardPage = lazyComponent(() => import('../dashboard/DashboardPage'), 'DashboardPage');
const CasePage = lazyComponent(() => import('../cases/CasePage'), 'CasePage');
const EditCasePage = lazyComponent(() => import('../cases/EditCasePage'), 'EditCasePage');
const HouseStylePage = lazyComponent(() => import('../export/HouseStylePage'), 'HouseStylePage');
const PeriodReportPage = lazyComponent(() => import('../export/PeriodReportPage'), 'PeriodReportPage');
const NewCasePage = lazyComponent(() => import('../cases/NewCasePage'), 'NewCasePage');
const AgendaPrintPage = lazyComponent(() => import('../meetings/AgendaPrintPage'), 'AgendaPrintPage');
const MeetingFormPage = lazyComponent(() => import('../meetings/MeetingFormPage'), 'MeetingFormPage');
const MeetingListPage = lazyComponent(() => import('../meetings/MeetingListPage'), 'MeetingListPage');
const MeetingPage = lazyComponent(() => import('../meetings/MeetingPage'), 'MeetingPage');
const MeetingModePage = lazyComponent(() => import('../meetings/mode/MeetingModePage'), 'MeetingModePage');
const TrashPage = lazyComponent(() => import('../meetings/TrashPage'), 'TrashPage');
const MethodEditPage = lazyComponent(() => import('../methods/MethodEditPage'), 'MethodEditPage');
const MethodListPage = lazyComponent(() => import('../methods/MethodListPage'), 'MethodListPage');
const PeoplePage = lazyComponent(() => import('../people/PeoplePage'), 'PeoplePage');
const UnsavedCopiesPage = lazyComponent(() => import('../recovery/UnsavedCopiesPage'), 'UnsavedCopiesPage');
const SettingsPage = lazyComponent(() => import('../settings/SettingsPage'), 'SettingsPage');
const BoardServerPage = lazyComponent(() => import('../board/BoardServerPage'), 'BoardServerPage');
const AccountsPage = lazyComponent(() => import('../board/accounts/AccountsPage'), 'AccountsPage');
const ScreeningListPage = lazyComponent(() => import('../screening/ScreeningListPage'), 'ScreeningListPage');
const NewScreeningPage = lazyComponent(() => import('../screening/NewScreeningPage'), 'NewScreeningPage');
const ScreeningPage = lazyComponent(() => import('../screening/ScreeningPage'), 'ScreeningPage');
const ScreeningTemplatePage = lazyComponent(() => import('../screening/ScreeningTemplatePage'), 'ScreeningTemplatePage');
const OwnerCasePage = lazyComponent(() => import('../advice/owner/OwnerCasePage'), 'OwnerCasePage');

/* Hash routing: the same build works from app://, from 127.0.0.1 and from disk. */
const routes = (
  <Route element={<Layout />}>
    <Route index element={<CaseListPage />} />
    <Route path="casussen/nieuw" element={<NewCasePage />} />
    <Route path="casussen/:id" element={<CasePage />} />
    <Route path="casussen/:id/bewerken" element={<EditCasePage />} />
    <Route path="casussen/:id/advies" element={<AdvicePage />} />
    <Route path="casussen/:id/advies/vergelijk" element={<ComparePage />} />
    <Route path="instellingen" element={<SettingsPage />} />
    <Route path="instellingen/methoden" element={<MethodListPage />} />
    <Route path="instellingen/huisstijl" element={<HouseStylePage />} />
    <Route path="rapportage" element={<PeriodReportPage />} />
    <Route path="instellingen/back-up" element={<BackupPage />} />
    <Route path="instellingen/bestuur" element={<BoardServerPage />} />
    <Route path="instellingen/bestuur/accounts" element={<AccountsPage />} />
    <Route path="instellingen/methoden/:id" element={<MethodEditPage />} />
    <Route path="overzicht" element={<DashboardPage />} />
    <Route path="adviezen" element={<AdviceRegisterPage />} />
    <Route path="acties" element={<ActionsPage />} />
    <Route path="personen" element={<PeoplePage />} />
    <Route path="vergaderingen" element={<MeetingListPage />} />
    <Route path="vergaderingen/nieuw" element={<MeetingFormPage />} />
    <Route path="vergaderingen/:id" element={<MeetingPage />} />
    <Route path="vergaderingen/:id/bewerken" element={<MeetingFormPage />} />
    <Route path="vergaderingen/:id/agenda" element={<AgendaPrintPage />} />
    <Route path="vergaderingen/:id/modus" element={<MeetingModePage />} />
    <Route path="prullenbak" element={<TrashPage />} />
    <Route path="niet-opgeslagen" element={<UnsavedCopiesPage />} />
    <Route path="screenings" element={<ScreeningListPage />} />
    <Route path="screenings/nieuw" element={<NewScreeningPage />} />
    <Route path="screenings/:id" element={<ScreeningPage />} />
    <Route path="instellingen/screening" element={<ScreeningTemplatePage />} />
  </Route>
);

let routeTable: RouteObject[] | null = null;

/**
 * Starts loading the code of the page at `hash` while the database opens and
 * is checked, so the first screen does not wait for it afterwards.
 */
export function preloadPageAt(hash: string): void {
  routeTable ??= createRoutesFromElements(routes);
  const matches = matchRoutes(routeTable, hash.replace(/^#/, '') || '/');
  const page = matches?.at(-1)?.route.element;
  if (isValidElement(page)) preloadComponent(page.type);
}

/*
 * A project lead's machine: their screenings, and the board page to sign in
 * again or disconnect. Any other address leads back to their list.
 */
const projectLeadRoutes = (
  <Route element={<LimitedLayout home="board.projectLead.nav" notice={<ProjectLeadNotice />} />}>
    <Route index element={<ScreeningListPage />} />
    <Route path="screenings" element={<ScreeningListPage />} />
    <Route path="screenings/nieuw" element={<NewScreeningPage />} />
    <Route path="screenings/:id" element={<ScreeningPage />} />
    <Route path="instellingen/bestuur" element={<BoardServerPage />} />
    <Route path="*" element={<Navigate to="/" replace />} />
  </Route>
);

/*
 * A process owner's machine: their one case's advice and conclusion, and the
 * board page to sign in again or disconnect.
 */
const processOwnerRoutes = (
  <Route element={<LimitedLayout home="adviceOwner.nav" />}>
    <Route index element={<OwnerCasePage />} />
    <Route path="instellingen/bestuur" element={<BoardServerPage />} />
    <Route path="*" element={<Navigate to="/" replace />} />
  </Route>
);

function AppRoutes() {
  const projectLead = useProjectLead();
  const processOwner = useProcessOwner() !== null;
  return <Routes>{projectLead ? projectLeadRoutes : processOwner ? processOwnerRoutes : routes}</Routes>;
}

/*
 * Other pages' code loads a little after the first screen has painted: a
 * list's full read and the first filtering come first, and compiling a chunk
 * (the editor's is large) holds the page for tens of milliseconds each.
 */
const quietAfterFirstScreenMs = 2000;

export function App({ services, settings }: { services: ServiceRegistry; settings: Settings }) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let mounted = true;
    void firstScreenShown().then(() => {
      if (mounted) timer = setTimeout(preloadLazyComponents, quietAfterFirstScreenMs);
    });
    const stopIntent = preloadOnIntent(document, preloadPageAt);
    return () => {
      mounted = false;
      clearTimeout(timer);
      stopIntent();
    };
  }, []);
  return (
    <ServicesProvider services={services}>
      <SettingsProvider initial={settings}>
        <HashRouter>
          <AppRoutes />
        </HashRouter>
      </SettingsProvider>
    </ServicesProvider>
  );
}
