import { createHashRouter, RouterProvider } from 'react-router';
import type { Settings } from '@shared/settings/settingsSchema';
import { CaseListPage } from '../cases/CaseListPage';
import { CasePage } from '../cases/CasePage';
import { EditCasePage } from '../cases/EditCasePage';
import { NewCasePage } from '../cases/NewCasePage';
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
      { path: 'instellingen', element: <SettingsPage /> },
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
