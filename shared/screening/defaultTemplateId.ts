/**
 * The municipality's screening template; the app ships its first version
 * (defaultTemplate.ts). Apart from the schemas, so the app names it at its
 * start without loading them.
 */
export const defaultScreeningTemplateId = 'screening';
