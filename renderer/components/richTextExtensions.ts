import { Extension, type Extensions } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Plugin } from '@tiptap/pm/state';
import StarterKit, { type StarterKitOptions } from '@tiptap/starter-kit';
import { parseExternalUrl } from '@shared/util/safeUrl';
import { boundPastedText } from './richText/pasteLimits';
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

/** Told after every paste or drop whether it was cut short (pasteLimits), so the editor can say so. */
export type PasteListener = (cut: boolean) => void;

/**
 * Bounds and sanitizes pasted and dropped HTML, and bounds plain text, before
 * ProseMirror parses either; a plugin, so every editor built from a preset has it.
 */
const PasteSanitizer = (onPaste: PasteListener) =>
  Extension.create({
    name: 'pasteSanitizer',
    addProseMirrorPlugins: () => [
      new Plugin({
        props: {
          transformPastedHTML: (html) => {
            const { html: clean, cut } = sanitizePastedHtml(html);
            onPaste(cut);
            return clean;
          },
          transformPastedText: (text) => {
            const bounded = boundPastedText(text);
            onPaste(bounded.cut);
            return bounded.text;
          },
        },
      }),
    ],
  });

/*
 * The description schema must not shrink: stored descriptions are checked
 * against it on load, and one that no longer fits opens read-only. Hence the
 * full StarterKit, although its toolbar offers less.
 */
const description = (onPaste: PasteListener, undoRedo: false | undefined): Extensions => [
  StarterKit.configure({ heading: { levels: [2, 3] }, link, undoRedo }),
  PasteSanitizer(onPaste),
];

const notes = (labels: PresetLabels, onPaste: PasteListener, undoRedo: false | undefined): Extensions => [
  StarterKit.configure({ heading: { levels: [2, 3] }, code: false, codeBlock: false, horizontalRule: false, link, undoRedo }),
  TaskList,
  TaskItem.configure({ nested: true, a11y: { checkboxLabel: (node) => labels.taskCheckbox(node.textContent) } }),
  Table,
  TableRow,
  TableHeader,
  TableCell,
  PasteSanitizer(onPaste),
];

/** Outside an editor (schema checks, tests) nobody reads checkbox labels. */
const unlabelled: PresetLabels = { taskCheckbox: (text) => text };

/** `collaborative`: the editor is bound to a shared text, whose own undo replaces StarterKit's (it would undo the others' typing too). */
export function richTextExtensions(
  preset: RichTextPreset,
  labels: PresetLabels = unlabelled,
  onPaste: PasteListener = () => {},
  collaborative = false,
): Extensions {
  const undoRedo = collaborative ? false : undefined;
  return preset === 'notes' ? notes(labels, onPaste, undoRedo) : description(onPaste, undoRedo);
}
