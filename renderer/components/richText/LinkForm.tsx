import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/react';
import { linkTarget } from './linkTarget';

interface Props {
  id: string;
  editor: Editor;
  onClose(): void;
}

/**
 * Asks for a link's address inline, under the toolbar. Not a <form>: the
 * editor itself sits inside forms (case registration), and forms cannot nest.
 * Enter is therefore handled here, so it never submits the surrounding form.
 */
export function LinkForm({ id, editor, onClose }: Props) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();
  const editing = editor.isActive('link');
  const [address, setAddress] = useState<string>(() => editor.getAttributes('link').href ?? '');
  const [problem, setProblem] = useState<'empty' | 'httpsOnly' | null>(null);

  function close() {
    onClose();
    editor.commands.focus();
  }

  function apply() {
    const target = linkTarget(address);
    if (!target.ok) {
      setProblem(target.problem);
      return;
    }
    const { href } = target;
    const chain = editor.chain().focus();
    if (editing) chain.extendMarkRange('link').setLink({ href }).run();
    else if (editor.state.selection.empty) chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    onClose();
  }

  function remove() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  return (
    <div id={id} className="rich-text__link-form">
      <label htmlFor={inputId}>{t('richText.link.address')}</label>
      <input
        id={inputId}
        type="text"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        autoFocus
        value={address}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
        onChange={(event) => {
          setAddress(event.target.value);
          setProblem(null);
        }}
        onKeyDown={onKeyDown}
      />
      <span id={hintId} className="rich-text__hint">
        {t('richText.link.hint')}
      </span>
      <div className="rich-text__link-actions">
        <button type="button" onClick={apply}>
          {t('richText.link.apply')}
        </button>
        {editing && (
          <button type="button" onClick={remove}>
            {t('richText.link.remove')}
          </button>
        )}
        <button type="button" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
      {problem && (
        <p id={problemId} role="alert" className="rich-text__problem">
          {t(`richText.link.${problem}`)}
        </p>
      )}
    </div>
  );
}
