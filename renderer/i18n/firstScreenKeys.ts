/**
 * The Dutch strings the first screen can show, by key or by the start of a
 * key: the case list and the layout around it with its notices. The build
 * puts only these in the first screen's code; the others load with the first
 * page or dialog that needs them, or the recovery screen (loadAllStrings).
 */
export const firstScreenKeys = [
  'actions.nav',
  'adviceRegister.flag',
  'adviceRegister.flags',
  'adviceRegister.nav',
  'backup.status',
  'backup.storage',
  'board.projectLead',
  'board.signInProblem',
  'board.status',
  'case',
  'caseList',
  'classification',
  'common',
  'dashboard.nav',
  'export.report.nav',
  'layout',
  'meetings.title',
  'people.nav',
  'readOnly',
  'screening.nav',
  'screening.new',
  'search.notLoaded',
  'search.open',
  'settings.municipality.notice',
  'settings.municipality.noticeLink',
  'status',
  'storage',
  'unsaved.notice',
  'unsaved.noticeLink',
] as const;
