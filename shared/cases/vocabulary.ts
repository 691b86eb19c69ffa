/** Closed vocabularies of a case. Labels live in the locale files under the same keys. */
export const classifications = ['openbaar', 'niet_actief_openbaar', 'vertrouwelijk'] as const;

export const technologyTypes = [
  'camera',
  'sensor',
  'algoritme',
  'datakoppeling',
  'dashboard',
  'drone',
  'app',
  'anders',
] as const;

export const instrumentKinds = ['dpia', 'deda', 'iama', 'algoritmeregister'] as const;

export const instrumentStatuses = ['niet_gestart', 'in_uitvoering', 'afgerond', 'niet_van_toepassing'] as const;

/** Values that recur in the municipal sources; users may add their own. */
export const commonValues = [
  'privacy',
  'veiligheid',
  'autonomie',
  'non-discriminatie',
  'eerlijk proces',
  'transparantie',
  'verantwoording',
  'menselijke controle',
  'vertrouwen',
  'zeggenschap',
  'machtsevenwicht',
] as const;
