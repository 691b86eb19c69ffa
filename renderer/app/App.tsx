import { createHashRouter, RouterProvider } from 'react-router';
import type { Settings } from '@shared/settings/settingsSchema';
import { AdvicePage } from '../advice/AdvicePage';
import { ComparePage } from '../advice/compare/ComparePage';
import { ActionsPage } from '../actions/ActionsPage';
import { BackupPage } from '../backup/BackupPage';
import { AdviceRegisterPage } from '../advice/register/AdviceRegisterPage';
import { CaseListPage } from '../cases/CaseListPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { CasePage } from '../cases/CasePage';
import { EditCasePage } from '../cases/EditCasePage';
import { HouseStylePage } from '../export/HouseStylePage';
import { PeriodReportPage } from '../export/PeriodReportPage';
import { NewCasePage } from '../cases/NewCasePage';
import { AgendaPrintPage } from '../meetings/AgendaPrintPage';
import { MeetingFormPage } from '../meetings/MeetingFormPage';
import { MeetingListPage } from '../meetings/MeetingListPage';
import { MeetingPage } from '../meetings/MeetingPage';
import { MeetingModePage } from '../meetings/mode/MeetingModePage';
import { TrashPage } from '../meetings/TrashPage';
import { MethodEditPage } from '../methods/MethodEditPage';
import { MethodListPage } from '../methods/MethodListPage';
import { PeoplePage } from '../people/PeoplePage';
import { UnsavedCopiesPage } from '../recovery/UnsavedCopiesPage';
import { SettingsPage } from '../settings/SettingsPage';
import { SettingsProvider } from '../settings/settingsContext';
import { Layout } from './Layout';
import { ServicesProvider, type Services } from './services';

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
    ],
  },
]);

export function App({ services, settings }: { services: Services; settings: Settings }) {
  return (
    <ServicesProvider services={services}>
      <SettingsProvider initial={settings}>
        <RouterProvider router={router} />
      </SettingsProvider>
    </ServicesProvider>
  );
}
