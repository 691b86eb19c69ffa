import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, type Editor } from '@tiptap/react';
import { isInTable } from '@tiptap/pm/tables';
import type { RichTextPreset } from '../richTextExtensions';
import { LinkForm } from './LinkForm';
import { RovingToolbar, type ToolbarItem } from './RovingToolbar';

/** The formatting the cursor is in, re-read on every transaction. */
function useFormatState(editor: Editor) {
  return useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
      tasks: e.isActive('taskList'),
      quote: e.isActive('blockquote'),
      inTable: isInTable(e.state),
    }),
  });
}

export function Toolbar({ editor, preset }: { editor: Editor; preset: RichTextPreset }) {
  const { t } = useTranslation();
  const state = useFormatState(editor);
  const [linkOpen, setLinkOpen] = useState(false);
  const linkFormId = useId();
  const chain = () => editor.chain().focus();

  const toggle = (key: keyof typeof state, label: string, run: () => boolean, groupStart = false): ToolbarItem => ({
    key,
    label,
    pressed: state[key],
    run: () => void run(),
    groupStart,
  });
  const tableAction = (key: string, label: string, run: () => boolean, needsTable: boolean, groupStart = false): ToolbarItem => ({
    key,
    label,
    disabled: state.inTable !== needsTable,
    run: () => void run(),
    groupStart,
  });

  const text = [
    toggle('bold', t('editor.bold'), () => chain().toggleBold().run()),
    toggle('italic', t('editor.italic'), () => chain().toggleItalic().run()),
  ];
  const headings = [
    toggle('h2', t('editor.heading2'), () => chain().toggleHeading({ level: 2 }).run(), true),
    toggle('h3', t('editor.heading3'), () => chain().toggleHeading({ level: 3 }).run()),
  ];
  const lists = [
    toggle('bullets', t('editor.bulletList'), () => chain().toggleBulletList().run(), true),
    toggle('numbers', t('editor.orderedList'), () => chain().toggleOrderedList().run()),
  ];
  const link: ToolbarItem = {
    key: 'link',
    label: t('richText.link.button'),
    expanded: linkOpen,
    controls: linkOpen ? linkFormId : undefined,
    run: () => setLinkOpen((open) => !open),
    groupStart: true,
  };
  const items =
    preset === 'description'
      ? [...text, ...headings, ...lists, link]
      : [
          ...text,
          toggle('underline', t('richText.underline'), () => chain().toggleUnderline().run()),
          toggle('strike', t('richText.strike'), () => chain().toggleStrike().run()),
          ...headings,
          ...lists,
          toggle('tasks', t('richText.taskList'), () => chain().toggleTaskList().run()),
          toggle('quote', t('richText.blockquote'), () => chain().toggleBlockquote().run()),
          link,
          tableAction('insertTable', t('richText.table.insert'), () => chain().insertTable().run(), false, true),
          tableAction('addRow', t('richText.table.addRow'), () => chain().addRowAfter().run(), true),
          tableAction('deleteRow', t('richText.table.deleteRow'), () => chain().deleteRow().run(), true),
          tableAction('addColumn', t('richText.table.addColumn'), () => chain().addColumnAfter().run(), true),
          tableAction('deleteColumn', t('richText.table.deleteColumn'), () => chain().deleteColumn().run(), true),
          tableAction('deleteTable', t('richText.table.delete'), () => chain().deleteTable().run(), true),
        ];

  return (
    <>
      <RovingToolbar label={t('editor.toolbar')} items={items} />
      {linkOpen && <LinkForm id={linkFormId} editor={editor} onClose={() => setLinkOpen(false)} />}
    </>
  );
}
