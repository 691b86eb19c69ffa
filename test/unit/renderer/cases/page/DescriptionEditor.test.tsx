// @vitest-environment jsdom
import { act } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RichText } from '@shared/cases/caseSchema';
import type { CaseRepository } from '../../../../../renderer/cases/caseRepository';
import { DescriptionEditor } from '../../../../../renderer/cases/page/DescriptionEditor';
import { initI18n, loadAllStrings } from '../../../../../renderer/i18n/i18n';
import { dismissStorageProblem, useStorageProblem } from '../../../../../renderer/persistence/storageProblems';
import { render, soloBoardMode, withServices } from '../../persistence/reactHarness';

const doc: RichText = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Camera’s op het plein' }] }] };

function Problem() {
  return <p data-problem={useStorageProblem() ?? ''} />;
}

async function editorFor(getDescription: CaseRepository['getDescription'], saveDescription = vi.fn(async () => {})) {
  const cases = { getDescription, saveDescription } as unknown as CaseRepository;
  const { container } = await render(
    withServices({ cases, boardMode: soloBoardMode() })(
      <>
        <DescriptionEditor caseId="c1" />
        <Problem />
      </>,
    ),
  );
  return { container, saveDescription };
}

beforeAll(async () => {
  // The text becomes an editor when the browser is idle; jsdom has no such moment, and the text shows without it.
  vi.stubGlobal('requestIdleCallback', () => 0);
  await initI18n('nl').then(loadAllStrings);
});
afterAll(() => vi.unstubAllGlobals());
afterEach(() => {
  dismissStorageProblem();
  vi.restoreAllMocks();
});

describe('DescriptionEditor', () => {
  it('says the description could not be read instead of loading forever, and offers no editor to overwrite it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container, saveDescription } = await editorFor(async () => {
      throw new Error('kapot');
    });
    expect(container.querySelector('[data-problem]')?.getAttribute('data-problem')).toBe('unknown');
    expect(container.textContent).toContain('De beschrijving kon niet worden gelezen');
    expect(container.textContent).not.toContain('Bezig met laden');
    expect(container.querySelector('[role=textbox]')).toBeNull();
    expect(saveDescription).not.toHaveBeenCalled();
  });

  it('reads again on request and then shows the stored text, to be edited', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const answers = [() => Promise.reject(new Error('kapot')), () => Promise.resolve(doc)];
    const { container } = await editorFor(() => answers.shift()!());
    const retry = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Opnieuw proberen')!;
    await act(async () => retry.click());
    expect(container.textContent).not.toContain('kon niet worden gelezen');
    expect(container.querySelector('[role=textbox]')?.textContent).toBe('Camera’s op het plein');
  });
});
