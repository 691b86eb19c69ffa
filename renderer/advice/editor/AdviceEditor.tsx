import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { sectionKeys, type SectionKey } from '@shared/advice/sectionKeys';
import type { AdviceVersion, Recommendation } from '@shared/advice/adviceSchema';
import type { AdviceRefusal } from '@shared/advice/versionRules';
import type { RichText } from '@shared/cases/caseSchema';
import { canonicalJson } from '@shared/util/canonicalJson';
import { mergeById } from '@shared/util/mergeById';
import { useService } from '../../services/services';
import { adviceRepositoryKey } from '../adviceRepositoryKey';
import { SaveIndicator } from '../../components/SaveIndicator';
import { emergencyKey } from '../../persistence/emergencyCopies';
import { reportStorageError } from '../../persistence/storageProblems';
import { useAutosave } from '../../persistence/useAutosave';
import { useActorName } from '../../board/useActorName';
import { PrecedentList } from '../PrecedentList';
import { RefusalAlert } from '../RefusalAlert';
import { useRefusal } from '../useRefusal';
import { WorkingFactsView } from '../WorkingFactsView';
import { contentOf, draftOf, type AdviceDraft, type DraftRecommendation } from './adviceDraft';
import { RecommendationsEditor } from './RecommendationsEditor';
import { SectionEditor } from './SectionEditor';

/** What a save writes: the draft, and the stored recommendations it was edited against (the base of the merge by id). */
interface PendingSave {
  draft: AdviceDraft;
  base: readonly Recommendation[];
}

/** Sections before the recommendations, in document order; the minority view follows them. */
const beforeRecommendations = sectionKeys.filter((key) => key !== 'minorityView');

/**
 * The newest draft, every part saved while typing through one autosave. A
 * refusal (the version was sent for review elsewhere) is shown and the text
 * stays in the editors, so nothing typed is lost.
 */
export function AdviceEditor({ version, onChanged }: { version: AdviceVersion; onChanged(version: AdviceVersion): void }) {
  const { t } = useTranslation();
  const advice = useService(adviceRepositoryKey);
  const actor = useActorName();
  const [initial] = useState(() => draftOf(version));
  const draft = useRef<AdviceDraft>(initial);
  const [recommendations, setRecommendations] = useState<DraftRecommendation[]>(initial.recommendations);
  const [confidential, setConfidential] = useState<SectionKey[]>(initial.confidentialSections);
  const [working, setWorking] = useState(version.working);
  const [refusal, setRefusal] = useState<AdviceRefusal[]>([]);
  const refresh = useRefusal();
  const [referring, setReferring] = useState(version);
  const removing = useRefusal();
  // The stored recommendations as this editor last took them in: the base of each merge with what is stored now.
  const storedRecommendations = useRef<readonly Recommendation[]>(version.recommendations);
  /** Takes in the stored list (saved from here, or changed by another member) without losing what was typed here since `mine`. */
  const takeInRecommendations = (stored: readonly Recommendation[], mine: readonly DraftRecommendation[]) => {
    storedRecommendations.current = stored;
    const current = draft.current.recommendations;
    const merged = mergeById<DraftRecommendation>(mine, current, stored);
    if (merged.length === current.length && merged.every((item, index) => item === current[index])) return;
    draft.current = { ...draft.current, recommendations: merged };
    setRecommendations(merged);
  };
  /** Saves this editor has finished: a read begun before the last of them may not know what it wrote. */
  const saves = useRef(0);
  /*
   * A new stored list is read again before it is taken in: the page's read
   * that brought it may have begun before a save from here committed, and
   * would then take back a recommendation just added. A read begun now knows
   * every save finished before it; one that a save overtakes is left, since
   * that save's answer is the newer list.
   */
  useEffect(() => {
    const stored = version.recommendations;
    if (stored === storedRecommendations.current) return;
    if (canonicalJson(stored) === canonicalJson(storedRecommendations.current)) {
      storedRecommendations.current = stored;
      return;
    }
    let current = true;
    const before = saves.current;
    advice
      .getVersion(version.id)
      .then((fresh) => {
        if (current && fresh && saves.current === before) takeInRecommendations(fresh.recommendations, storedRecommendations.current);
      })
      .catch(reportStorageError);
    return () => {
      current = false;
    };
  }, [advice, version.id, version.recommendations]);
  const { saver, status } = useAutosave<PendingSave>(
    async ({ draft: current, base }) => {
      const result = await advice.saveContent(version.id, contentOf(current), actor, base);
      saves.current++;
      setRefusal(result.ok ? [] : result.reasons);
      if (result.ok) takeInRecommendations(result.value.recommendations, current.recommendations);
    },
    { key: emergencyKey('advice', version.id), label: String(version.number), toJson: ({ draft: current }) => contentOf(current) },
  );
  /*
   * The draft goes with the stored list it was edited against. A list that
   * arrives while the save waits (another member's recommendation) is then
   * merged in as theirs, not read as removed by a draft that never saw it.
   */
  const changed = () => saver.schedule({ draft: draft.current, base: storedRecommendations.current });
  const flush = () => void saver.flush();

  const setSection = (key: SectionKey, text: () => RichText) => {
    draft.current = { ...draft.current, sections: { ...draft.current.sections, [key]: text } };
    changed();
  };
  const setSectionConfidential = (key: SectionKey, on: boolean) => {
    const next = on ? [...confidential, key] : confidential.filter((k) => k !== key);
    setConfidential(next);
    draft.current = { ...draft.current, confidentialSections: next };
    changed();
  };
  const setRecs = (next: DraftRecommendation[]) => {
    setRecommendations(next);
    draft.current = { ...draft.current, recommendations: next };
    changed();
  };
  const refreshWorking = async () => {
    await saver.flush();
    await refresh.run(() => advice.refreshWorking(version.id, actor), (updated) => {
      setWorking(updated.working);
      onChanged(updated);
    });
  };

  const removePrecedent = (caseId: string) =>
    void removing.run(() => advice.removePrecedent(version.id, caseId, actor), (updated) => {
      setReferring(updated);
      onChanged(updated);
    });

  const section = (key: SectionKey) => (
    <SectionEditor
      key={key}
      version={version}
      sectionKey={key}
      value={version.sections[key]}
      confidential={confidential.includes(key)}
      onChange={(text) => setSection(key, text)}
      onConfidentialChange={(on) => setSectionConfidential(key, on)}
      onBlur={flush}
    >
      {key === 'working' && (
        <>
          <WorkingFactsView facts={working} />
          <Button appearance="secondary-action-button" onClick={() => void refreshWorking()}>
            {t('advice.working.refresh')}
          </Button>
          <RefusalAlert reasons={refresh.reasons} />
        </>
      )}
    </SectionEditor>
  );

  return (
    <div className="advice-editor">
      <div className="advice-editor__status">
        <SaveIndicator status={status} />
      </div>
      <RefusalAlert reasons={refusal} />
      {beforeRecommendations.map(section)}
      <RecommendationsEditor version={version} items={recommendations} onChange={setRecs} onBlur={flush} />
      {section('minorityView')}
      <RefusalAlert reasons={removing.reasons} />
      <PrecedentList version={referring} onRemove={removePrecedent} />
    </div>
  );
}
