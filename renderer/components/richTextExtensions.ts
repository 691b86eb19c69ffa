import { Extension, type Extensions } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Plugin } from '@tiptap/pm/state';
import StarterKit, { type StarterKitOptions } from '@tiptap/starter-kit';
import { parseExternalUrl } from '@shared/util/safeUrl';
import { sanitizePastedHtml } from './richText/sanitizePastedHtml';
import { Table, TableCell, TableHeader, TableRow } from './richText/table';

export type RichTextPreset = 'description' | 'notes';

export interface PresetLabels {
  /** The accessible name of a task's checkbox, given the task's text. */
  taskCheckbox(text: string): string;
}

/*
 * Links may only point to https, in both presets; anything else (javascript:,
 * data:, file:) never enters the document. mailto: is refused too: the app
 * opens external links only after the same https check (parseExternalUrl),
 * so a mail link would be dead, and an address reads fine as plain text.
 */
const link: StarterKitOptions['link'] = {
  openOnClick: false,
  autolink: true,
  protocols: ['https'],
  defaultProtocol: 'https',
  isAllowedUri: (url) => parseExternalUrl(url) !== null,
};

/** Sanitizes pasted and dropped HTML before ProseMirror parses it; a plugin, so every editor built from a preset has it. */
const PasteSanitizer = Extension.create({
  name: 'pasteSanitizer',
  addProseMirrorPlugins: () => [new Plugin({ props: { transformPastedHTML: (html) => sanitizePastedHtml(html) } })],
});

/*
 * The description schema must not shrink: stored descriptions are checked
 * against it on load, and one that no longer fits opens read-only. Hence the
 * full StarterKit, although its toolbar offers less.
 */
const description = (): Extensions => [StarterKit.configure({ heading: { levels: [2, 3] }, link }), PasteSanitizer];

const notes = (labels: PresetLabels): Extensions => [
  StarterKit.configure({ heading: { levels: [2, 3] }, code: false, codeBlock: false, horizontalRule: false, link }),
  TaskList,
  TaskItem.configure({ nested: true, a11y: { checkboxLabel: (node) => labels.taskCheckbox(node.textContent) } }),
  Table,
  TableRow,
  TableHeader,
  TableCell,
  PasteSanitizer,
];

/** Outside an editor (schema checks, tests) nobody reads checkbox labels. */
const unlabelled: PresetLabels = { taskCheckbox: (text) => text };

export function richTextExtensions(preset: RichTextPreset, labels: PresetLabels = unlabelled): Extensions {
  return preset === 'notes' ? notes(labels) : description();
}
