import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useService } from '../services/services';
import { bridgeKey } from '../platform/bridge';
import type { PublisherRefusal } from '@shared/export/diwoo/publisher';
import { saveDocument } from './saveDocument';

export type ExportRefusal = 'confidential_case' | 'not_issued' | 'no_advice' | 'not_found' | 'no_publications' | PublisherRefusal;

/** What a document maker returns: a file to save (and what to note once it is saved), why there is none, or that a person must look first. */
export type MadeDocument =
  | { name: string; bytes: Uint8Array<ArrayBuffer>; afterSave?: () => Promise<unknown> }
  | { refusal: ExportRefusal }
  | { held: true };

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; message: string };

/** Makes a document, saves it through the bridge and says in words how that went. */
export function useDocumentExport() {
  const { t } = useTranslation();
  const bridge = useService(bridgeKey);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const run = useCallback(
    async (make: () => Promise<MadeDocument>) => {
      setState({ kind: 'busy' });
      try {
        const made = await make();
        if ('refusal' in made) return setState({ kind: 'refused', message: t(`export.refusal.${made.refusal}`) });
        if ('held' in made) return setState({ kind: 'idle' });
        const outcome = await saveDocument(bridge, made.name, made.bytes);
        if (outcome !== 'cancelled') await made.afterSave?.();
        setState({ kind: 'done', message: t(`export.status.${outcome}`, { name: made.name }) });
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return setState({ kind: 'done', message: t('export.status.stopped') });
        setState({ kind: 'failed', message: t('export.status.failed', { detail: error instanceof Error ? error.message : String(error) }) });
      }
    },
    [bridge, t],
  );
  return { state, run };
}
