import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Settings } from '@shared/settings/settingsSchema';
import { useService } from '../services/services';
import { settingsRepositoryKey } from './settingsRepository';
import { applyLanguage } from '../i18n/i18n';

interface SettingsState {
  settings: Settings;
  save(next: Settings): Promise<void>;
}

const SettingsContext = createContext<SettingsState | null>(null);

export function SettingsProvider({ initial, children }: { initial: Settings; children: ReactNode }) {
  const repository = useService(settingsRepositoryKey);
  const [settings, setSettings] = useState(initial);
  const save = useCallback(
    async (next: Settings) => {
      const saved = await repository.save(next);
      await applyLanguage(saved.language);
      setSettings(saved);
    },
    [repository],
  );
  const value = useMemo(() => ({ settings, save }), [settings, save]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useSettings outside SettingsProvider');
  return state;
}
