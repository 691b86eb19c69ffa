import { useEffect } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import type { Settings } from '@shared/settings/settingsSchema';
import { SettingsProvider } from '../settings/settingsContext';
import { Layout } from './Layout';
import { lazyPage, preloadPages } from './lazyPage';
import type { ServiceRegistry } from '../services/serviceKey';
import { ServicesProvider } from '../services/services';

/* Each screen is its own chunk, loaded on first visit: the first screen does not wait for the editor, docx or backup code. */
const AdvicePage = lazyPage(() => import('../advice/AdvicePage'), 'AdvicePage');
const ComparePage = lazyPage(() => import('../advice/compare/ComparePage'), 'ComparePage');
const ActionsPage = lazyPage(() => import('../actions/ActionsPage'), 'ActionsPage');
const BackupPage = lazyPage(() => import('../backup/BackupPage'), 'BackupPage');
const AdviceRegisterPage = lazyPage(() => import('../advice/register/AdviceRegisterPage'), 'AdviceRegisterPage');
const CaseListPage = lazyPage(() => import('../cases/CaseListPage'), 'CaseListPage');
const DashboardPage = lazyPage(() => import('../dashboard/DashboardPage'), 'DashboardPage');
const CasePage = lazyPage(() => import('../cases/CasePage'), 'CasePage');
const EditCasePage = lazyPage(() => import('../cases/EditCasePage'), 'EditCasePage');
const HouseStylePage = lazyPage(() => import('../export/HouseStylePage'), 'HouseStylePage');
const PeriodReportPage = lazyPage(() => import('../export/PeriodReportPage'), 'PeriodReportPage');
const NewCasePage = lazyPage(() => import('../cases/NewCasePage'), 'NewCasePage');
const AgendaPrintPage = lazyPage(() => import('../meetings/AgendaPrintPage'), 'AgendaPrintPage');
const MeetingFormPage = lazyPage(() => import('../meetings/MeetingFormPage'), 'MeetingFormPage');
const MeetingListPage = lazyPage(() => import('../meetings/MeetingListPage'), 'MeetingListPage');
const MeetingPage = lazyPage(() => import('../meetings/MeetingPage'), 'MeetingPage');
const MeetingModePage = lazyPage(() => import('../meetings/mode/MeetingModePage'), 'MeetingModePage');
const TrashPage = lazyPage(() => import('../meetings/TrashPage'), 'TrashPage');
const MethodEditPage = lazyPage(() => import('../methods/MethodEditPage'), 'MethodEditPage');
const MethodListPage = lazyPage(() => import('../methods/MethodListPage'), 'MethodListPage');
const PeoplePage = lazyPage(() => import('../people/PeoplePage'), 'PeoplePage');
const UnsavedCopiesPage = lazyPage(() => import('../recovery/UnsavedCopiesPage'), 'UnsavedCopiesPage');
const SettingsPage = lazyPage(() => import('../settings/SettingsPage'), 'SettingsPage');
const BoardServerPage = lazyPage(() => import('../board/BoardServerPage'), 'BoardServerPage');
const AccountsPage = lazyPage(() => import('../board/accounts/AccountsPage'), 'AccountsPage');
const ScreeningListPage = lazyPage(() => import('../screening/ScreeningListPage'), 'ScreeningListPage');
const NewScreeningPage = lazyPage(() => import('../screening/NewScreeningPage'), 'NewScreeningPage');
const ScreeningPage = lazyPage(() => import('../screening/ScreeningPage'), 'ScreeningPage');
const ScreeningTemplatePage = lazyPage(() => import('../screening/ScreeningTemplatePage'), 'ScreeningTemplatePage');

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
  useEffect(preloadPages, []);
  return (
    <ServicesProvider services={services}>
      <SettingsProvider initial={settings}>
        <RouterProvider router={router} />
      </SettingsProvider>
    </ServicesProvider>
  );
}
