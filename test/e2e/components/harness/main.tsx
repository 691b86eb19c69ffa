import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/index.css';
import '../../../../renderer/styles/app.css';
import type { RichText } from '@shared/cases/caseSchema';
import { RichTextEditor } from '../../../../renderer/components/RichTextEditor';
import type { RichTextPreset } from '../../../../renderer/components/richTextExtensions';
import { initI18n, loadAllStrings } from '../../../../renderer/i18n/i18n';

/** What the tests read back: the last document the editor reported, and how often the surrounding form was submitted. */
declare global {
  interface Window {
    harness: { doc: RichText | null; submits: number };
  }
}

/*
 * The editor alone, in a <form> as in case registration, so a test can see
 * that Enter in the link field never submits it. `?preset=` picks the preset.
 */
window.harness = { doc: null, submits: 0 };
const preset = (new URLSearchParams(location.search).get('preset') ?? 'notes') as RichTextPreset;

await initI18n('nl').then(loadAllStrings);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main>
      <h1 id="editor-label">Notities</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          window.harness.submits += 1;
        }}
      >
        <RichTextEditor
          label="Notities"
          labelId="editor-label"
          preset={preset}
          value={{ type: 'doc', content: [{ type: 'paragraph' }] }}
          onChange={(snapshot) => {
            window.harness.doc = snapshot();
          }}
        />
        <button type="submit">Opslaan</button>
      </form>
    </main>
  </StrictMode>,
);
