import { useEffect } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import type { Settings } from '@shared/settings/settingsSchema';
import { SettingsProvider } from '../settings/settingsContext';
import { Layout } from './Layout';
import { lazyComponent, preloadLazyComponents } from '../components/lazyComponent';
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

/* Hash routing: the same build works from app://, from 127.0.0.1 and from disk. */
const router = createHashRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <CaseListPage /> },
      { path: 'casussen/nieuw', element: <NewCasePage /> },
      { path: 'casussen/:id', element: <CasePage /> },
      { path: 'casussen/:id/bewerken', element: <EditCasePage /> },
      { path: 'casussen/:id/advies', element: <AdvicePage /> },
      { path: 'casussen/:id/advies/vergelijk', element: <ComparePage /> },
      { path: 'instellingen', element: <SettingsPage /> },
      { path: 'instellingen/methoden', element: <MethodListPage /> },
      { path: 'instellingen/huisstijl', element: <HouseStylePage /> },
      { path: 'rapportage', element: <PeriodReportPage /> },
      { path: 'instellingen/back-up', element: <BackupPage /> },
      { path: 'instellingen/bestuur', element: <BoardServerPage /> },
      { path: 'instellingen/bestuur/accounts', element: <AccountsPage /> },
      { path: 'instellingen/methoden/:id', element: <MethodEditPage /> },
      { path: 'overzicht', element: <DashboardPage /> },
      { path: 'adviezen', element: <AdviceRegisterPage /> },
      { path: 'acties', element: <ActionsPage /> },
      { path: 'personen', element: <PeoplePage /> },
      { path: 'vergaderingen', element: <MeetingListPage /> },
      { path: 'vergaderingen/nieuw', element: <MeetingFormPage /> },
      { path: 'vergaderingen/:id', element: <MeetingPage /> },
      { path: 'vergaderingen/:id/bewerken', element: <MeetingFormPage /> },
      { path: 'vergaderingen/:id/agenda', element: <AgendaPrintPage /> },
      { path: 'vergaderingen/:id/modus', element: <MeetingModePage /> },
      { path: 'prullenbak', element: <TrashPage /> },
      { path: 'niet-opgeslagen', element: <UnsavedCopiesPage /> },
      { path: 'screenings', element: <ScreeningListPage /> },
      { path: 'screenings/nieuw', element: <NewScreeningPage /> },
      { path: 'screenings/:id', element: <ScreeningPage /> },
      { path: 'instellingen/screening', element: <ScreeningTemplatePage /> },
    ],
  },
]);

export function App({ services, settings }: { services: ServiceRegistry; settings: Settings }) {
  useEffect(() => {
    let mounted = true;
    void firstScreenShown().then(() => mounted && preloadLazyComponents());
    return () => {
      mounted = false;
    };
  }, []);
  return (
    <ServicesProvider services={services}>
      <SettingsProvider initial={settings}>
        <RouterProvider router={router} />
      </SettingsProvider>
    </ServicesProvider>
  );
}
