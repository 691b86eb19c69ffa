import { useCallback, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { firstUnanswered, nextQuestion, previousQuestion, visibleQuestions } from '@shared/screening/branching';
import { answerValues } from '@shared/screening/screeningSchema';
import { boardDocumentName } from '@shared/sync/protocol';
import { ConflictAlerts } from '../board/ConflictAlerts';
import { useRemoteVersion } from '../sync/useRemoteVersion';
import { reportStorageError } from '../persistence/storageProblems';
import { useService } from '../services/services';
import { OutcomePanel } from './OutcomePanel';
import { QuestionStep } from './QuestionStep';
import type { ScreeningWithTemplate } from './screeningRepository';
import { screeningRepositoryKey } from './screeningRepositoryKey';
import './screening.css';

/**
 * A screening, always with its own template version: the questions one by one
 * while it is open (resuming at the first unanswered one), the outcome once completed.
 */
export function ScreeningPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const screenings = useService(screeningRepositoryKey);
  const [held, setHeld] = useState<ScreeningWithTemplate | null | undefined>(undefined);
  const [step, setStep] = useState<string | 'outcome' | null>(null);
  const [saved, setSaved] = useState<'saving' | 'saved' | null>(null);
  // Answers are written one after another, so a quick second choice never lands before the first.
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  // The screening with every answer given so far, written or on its way: the next step is decided from it.
  const stored = useRef<ScreeningWithTemplate | null>(null);

  useEffect(() => {
    let current = true;
    screenings.get(id).then((found) => {
      if (!current) return;
      setHeld(found ?? null);
      stored.current = found ?? null;
      if (!found) return;
      const { screening, template } = found;
      const answers = answerValues(screening.answers);
      const shown = visibleQuestions(template, answers);
      setStep(screening.status === 'completed' ? 'outcome' : (firstUnanswered(template, answers) ?? shown.at(-1))?.id ?? null);
    }, reportStorageError);
    return () => {
      current = false;
    };
  }, [screenings, id]);

  /*
   * Another member's answers reach the open screening: it is read again once
   * this page's own writes are in (and again if one started meanwhile), so
   * the next steps, the progress and the outcome count them. The question on
   * screen keeps what is chosen and typed in it.
   */
  const remoteVersion = useRemoteVersion('screenings');
  useEffect(() => {
    if (remoteVersion === 0) return;
    let current = true;
    const reread = async (): Promise<ScreeningWithTemplate | undefined> => {
      const pending = writes.current;
      await pending;
      const found = await screenings.get(id);
      return pending === writes.current ? found : reread();
    };
    reread().then((found) => {
      if (!current || !found) return;
      stored.current = found;
      setHeld(found);
    }, reportStorageError);
    return () => {
      current = false;
    };
  }, [remoteVersion, screenings, id]);

  /*
   * The answer shows at once and its write starts at once; the next question
   * does not wait for the disk. Writes run one after another, so a quick
   * second choice never lands before the first; a failed write is reported
   * and the choice stays on screen, as typed text does.
   */
  const answer = useCallback(
    (questionId: string, values: string[], explanation: string) => {
      const given = { values, explanation };
      const withAnswer = (found: ScreeningWithTemplate): ScreeningWithTemplate => ({
        ...found,
        screening: { ...found.screening, answers: { ...found.screening.answers, [questionId]: given } },
      });
      if (stored.current) stored.current = withAnswer(stored.current);
      setHeld((before) => (before ? withAnswer(before) : before));
      setSaved('saving');
      const write = writes.current.then(() => screenings.answer(id, questionId, values, explanation));
      writes.current = write.catch(() => undefined);
      return write.then(
        () => setSaved('saved'),
        (error: unknown) => {
          setSaved(null);
          reportStorageError(error);
        },
      );
    },
    [screenings, id],
  );

  if (held === undefined) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  if (held === null) return <Paragraph>{t('screening.notFound')}</Paragraph>;
  const { screening, template } = held;
  const answers = answerValues(screening.answers);

  const finish = async () => {
    try {
      await writes.current;
      const completed = await screenings.complete(id);
      if (completed.ok) {
        stored.current = { template, screening: completed.value.screening };
        setHeld(stored.current);
        setStep('outcome');
      } else {
        setStep(firstUnanswered(template, answers)?.id ?? null);
      }
    } catch (error) {
      reportStorageError(error);
    }
  };

  const shown = visibleQuestions(template, answers);
  const question = step !== 'outcome' ? template.questions.find((q) => q.id === step) : undefined;
  const index = question ? shown.findIndex((q) => q.id === question.id) : -1;

  return (
    <article className="screening-page">
      <Heading1>{screening.project.title}</Heading1>
      <Paragraph className="muted">{t('screening.outcome.template', { name: template.name, version: template.version })}</Paragraph>
      <ConflictAlerts document={boardDocumentName} only={(table, key) => table === 'screenings' && key === id} />
      {step === 'outcome' ? (
        <OutcomePanel
          screening={screening}
          template={template}
          onChange={() => setStep(shown[0]?.id ?? null)}
        />
      ) : question ? (
        <>
          <QuestionStep
            key={question.id}
            question={question}
            section={template.sections.find((s) => s.id === question.section)}
            answer={screening.answers[question.id]}
            position={{ current: index + 1, total: shown.length }}
            isFirst={previousQuestion(template, answers, question.id) === null}
            isLast={nextQuestion(template, answers, question.id) === null}
            onAnswer={(values, explanation) => answer(question.id, values, explanation)}
            onPrevious={() => setStep(previousQuestion(template, answers, question.id)?.id ?? question.id)}
            onNext={() => {
              const found = stored.current;
              if (!found) return;
              const after = nextQuestion(found.template, answerValues(found.screening.answers), question.id);
              if (after) setStep(after.id);
              else void finish();
            }}
          />
          <p className="save-indicator" role="status">
            {saved ? t(`screening.step.${saved}`) : ''}
          </p>
        </>
      ) : null}
    </article>
  );
}
