import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, useEditor, useEditorState, type Editor, type JSONContent } from '@tiptap/react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { RichText } from '@shared/cases/caseSchema';
import { plainText } from '@shared/richText/plainText';
import { editorExtensions } from './richTextExtensions';

interface Props {
  label: string;
  labelId?: string;
  value: RichText;
  onChange(doc: RichText): void;
  onBlur?(): void;
}

/**
 * Stored content is checked against the editor schema when it loads. Content
 * the schema rejects is never silently stripped: the editor turns read-only
 * and the raw JSON stays in storage untouched, because nothing is written.
 */
export function RichTextEditor({ label, labelId, value, onChange, onBlur }: Props) {
  const { t } = useTranslation();
  const [invalidContent, setInvalidContent] = useState(false);
  // A ref, not state: the rejection must stop writes even before React re-renders.
  const rejected = useRef(false);
  const editor = useEditor({
    extensions: editorExtensions,
    content: value as JSONContent,
    enableContentCheck: true,
    onContentError: ({ disableCollaboration }) => {
      disableCollaboration();
      rejected.current = true;
      setInvalidContent(true);
    },
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        ...(labelId ? { 'aria-labelledby': labelId } : { 'aria-label': label }),
        class: 'rich-text__content',
      },
    },
    // After a rejection the editor holds a stand-in document; passing it on would overwrite the original.
    onUpdate: ({ editor: updated }) => {
      if (!rejected.current) onChange(updated.getJSON() as RichText);
    },
    onBlur: () => onBlur?.(),
  });

  useEffect(() => {
    if (invalidContent) editor?.setEditable(false, false);
  }, [editor, invalidContent]);

  return (
    <div className="rich-text">
      {invalidContent && (
        <>
          <Alert type="warning">
            <Paragraph>{t('editor.invalidContent')}</Paragraph>
          </Alert>
          <p className="rich-text__content preserve-lines" data-raw-text>
            {plainText(value)}
          </p>
        </>
      )}
      {editor && !invalidContent && <Toolbar editor={editor} />}
      <EditorContent editor={editor} hidden={invalidContent} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
    }),
  });
  const buttons = [
    { key: 'bold', label: t('editor.bold'), pressed: active.bold, run: () => editor.chain().focus().toggleBold().run() },
    { key: 'italic', label: t('editor.italic'), pressed: active.italic, run: () => editor.chain().focus().toggleItalic().run() },
    { key: 'h2', label: t('editor.heading2'), pressed: active.h2, run: () => editor.chain().focus().toggleHeading({ level: 2 }).run() },
    { key: 'h3', label: t('editor.heading3'), pressed: active.h3, run: () => editor.chain().focus().toggleHeading({ level: 3 }).run() },
    { key: 'bullets', label: t('editor.bulletList'), pressed: active.bullets, run: () => editor.chain().focus().toggleBulletList().run() },
    { key: 'numbers', label: t('editor.orderedList'), pressed: active.numbers, run: () => editor.chain().focus().toggleOrderedList().run() },
  ];
  return (
    <div role="toolbar" aria-label={t('editor.toolbar')} className="rich-text__toolbar">
      {buttons.map((button) => (
        <button key={button.key} type="button" aria-pressed={button.pressed} onClick={button.run}>
          {button.label}
        </button>
      ))}
    </div>
  );
}
