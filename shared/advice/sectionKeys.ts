/** The rich-text sections of an advice, in document order. */
export const sectionKeys = ['topicSummary', 'question', 'context', 'working', 'considerations', 'minorityView'] as const;
export type SectionKey = (typeof sectionKeys)[number];
