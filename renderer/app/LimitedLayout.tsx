import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppShell } from './AppShell';

/**
 * The shell of a machine signed in to one task and nothing of the board's
 * record (a project lead's screenings, a process owner's case): no cases,
 * meetings, people, search or settings.
 */
export function LimitedLayout({ home, notice }: { /** The locale key of the one navigation item. */ home: string; notice?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <AppShell
      navigation={
        <li>
          <NavLink to="/" end>
            {t(home)}
          </NavLink>
        </li>
      }
      notices={notice}
    />
  );
}
