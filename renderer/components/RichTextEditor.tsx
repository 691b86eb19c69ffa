import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Extensions } from '@tiptap/core';
import { EditorContent, useEditor, type JSONContent } from '@tiptap/react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { RichText } from '@shared/cases/caseSchema';
import { plainText } from '@shared/richText/plainText';
import { useWriteMode } from '../persistence/writeMode';
import type { HeldInput } from './richText/heldInput';
import { Toolbar } from './richText/Toolbar';
import { richTextExtensions, type RichTextPreset } from './richTextExtensions';
import './richText/richText.css';

/**
 * The document as it was at one edit. Serializing a long document on every
 * keystroke would slow typing; an autosave calls this only when it writes.
 */
export type DocSnapshot = () => RichText;

interface Props {
  label: string;
  labelId?: string;
  value: RichText;
  onChange(snapshot: DocSnapshot): void;
  onBlur?(): void;
  /** Fixed for the editor's lifetime: the schema is built once. */
  preset?: RichTextPreset;
  /** The user reached for the text before it was an editor (DeferredRichTextEditor): carry on where they clicked, with what they typed. */
  heldInput?: HeldInput;
  /** Binds the editor to a shared text (board mode): the text is the shared one, not `value`. Fixed for the editor's lifetime. */
  collaboration?: Extensions;
}

/**
 * Stored content is checked against the editor schema when it loads. Content
 * the schema rejects is never silently stripped: the editor turns read-only
 * and the raw JSON stays in storage untouched, because nothing is written.
 */
export function RichTextEditor({ label, labelId, value, onChange, onBlur, preset = 'description', heldInput, collaboration }: Props) {
  const { t, i18n } = useTranslation();
  const [invalidContent, setInvalidContent] = useState(false);
  // Shown after a paste that was cut short, until the next paste that was not.
  const [pasteCut, setPasteCut] = useState(false);
  // A ref, not state: the rejection must stop writes even before React re-renders.
  const rejected = useRef(false);
  // The label is read when a checkbox is drawn, so it follows a language switch without rebuilding the editor.
  const extensions = useMemo(
    () => [
      ...richTextExtensions(
        preset,
        { taskCheckbox: (text) => i18n.t('richText.taskCheckbox', { text: text || i18n.t('richText.emptyTask') }) },
        setPasteCut,
        collaboration !== undefined,
      ),
      ...(collaboration ?? []),
    ],
    [preset, i18n, collaboration],
  );
  const editor = useEditor({
    extensions,
    // A shared text brings its own content.
    ...(collaboration ? {} : { content: value as JSONContent }),
    onCreate: ({ editor: created }) => {
      heldInput?.handTo(created);
    },
    enableContentCheck: true,
    onContentError: ({ disableCollaboration }) => {
      // Disabling collaboration destroys the whole Yjs document: the case's, which other screens still use.
      if (!collaboration) disableCollaboration();
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
      if (rejected.current) return;
      // ProseMirror documents are immutable, so this one stays as typed whatever happens next.
      const doc = updated.state.doc;
      onChange(() => doc.toJSON() as RichText);
    },
    onBlur: () => onBlur?.(),
  });

  // Another window writing, or a lost database: the text stays readable, and nothing typed here would be kept.
  const writable = useWriteMode() === 'writable';
  useEffect(() => {
    editor?.setEditable(writable && !invalidContent, false);
  }, [editor, invalidContent, writable]);

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
      {editor && !invalidContent && <Toolbar editor={editor} preset={preset} />}
      {/* Always rendered: a live region announces only what appears inside it after it exists. */}
      <div role="status" className="rich-text__notice">
        {pasteCut && (
          <Alert type="info">
            <Paragraph>{t('richText.pasteCut')}</Paragraph>
          </Alert>
        )}
      </div>
      <EditorContent editor={editor} hidden={invalidContent} />
    </div>
  );
}
