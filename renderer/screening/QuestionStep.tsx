import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import type { ScreeningAnswer } from '@shared/screening/screeningSchema';
import type { Question, TemplateSection } from '@shared/screening/templateSchema';

interface Props {
  question: Question;
  section: TemplateSection | undefined;
  answer: ScreeningAnswer | undefined;
  position: { current: number; total: number };
  isFirst: boolean;
  isLast: boolean;
  /** Shows the answer at once and starts storing it; resolves once it is in the database. */
  onAnswer(values: string[], explanation: string): Promise<void>;
  onPrevious(): void;
  onNext(): void;
}

/**
 * One question per step. Every choice is stored as it is made; the
 * explanation when the person leaves the field or the step. On arrival the
 * question itself takes the focus, so a screen reader reads it and Tab leads
 * to its options.
 */
export function QuestionStep({ question, section, answer, position, isFirst, isLast, onAnswer, onPrevious, onNext }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const legendRef = useRef<HTMLLegendElement>(null);
  const [values, setValues] = useState<string[]>(answer ? [...answer.values] : []);
  const [explanation, setExplanation] = useState(answer?.explanation ?? '');
  const [missing, setMissing] = useState(false);
  // Whether this step's choice is already on its way to the database, so going on does not write it twice.
  const written = useRef(answer !== undefined);

  useEffect(() => legendRef.current?.focus(), []);

  const choose = (next: string[]) => {
    setValues(next);
    setMissing(false);
    written.current = true;
    void onAnswer(next, explanation);
  };
  const saveExplanation = () => {
    if (answer && explanation !== answer.explanation) void onAnswer(values, explanation);
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    // The choice on screen counts, even when its write has not yet come back.
    if (question.kind === 'single' && values.length === 0) {
      setMissing(true);
      return;
    }
    // Going on without a choice is the answer "none of these" to a multiple-choice question.
    if (!written.current || explanation !== (answer?.explanation ?? '')) void onAnswer(values, explanation);
    onNext();
  };

  const helpId = `${id}-help`;
  return (
    <form className="screening-step" onSubmit={next} noValidate data-question={question.id}>
      <Paragraph className="screening-progress">
        <span>{t('screening.step.progress', position)}</span>
        <progress max={position.total} value={position.current} aria-label={t('screening.step.progressLabel')} />
      </Paragraph>
      {section && (
        <>
          <h2 className="screening-step__section">{section.title}</h2>
          {section.source && <Paragraph className="muted">{t('screening.step.source', { source: section.source })}</Paragraph>}
        </>
      )}
      <Fieldset
        className="screening-question"
        role={question.kind === 'single' ? 'radiogroup' : undefined}
        aria-describedby={question.help ? helpId : undefined}
        invalid={missing}
      >
        <FieldsetLegend ref={legendRef} tabIndex={-1} className="screening-question__text">
          {question.text}
        </FieldsetLegend>
        {question.help && (
          <Paragraph id={helpId} className="screening-question__help">
            {question.help}
          </Paragraph>
        )}
        {question.kind === 'multiple' && <Paragraph className="muted">{t('screening.step.multipleHint')}</Paragraph>}
        {missing && (
          <Alert type="error">
            <Paragraph>{t('screening.step.unanswered')}</Paragraph>
          </Alert>
        )}
        {question.options.map((option, index) => {
          const optionId = `${id}-${index}`;
          const checked = values.includes(option.value);
          return (
            <FormField key={option.value} type={question.kind === 'single' ? 'radio' : 'checkbox'}>
              {question.kind === 'single' ? (
                <RadioButton id={optionId} name={question.id} value={option.value} checked={checked} onChange={() => choose([option.value])} />
              ) : (
                <Checkbox
                  id={optionId}
                  name={question.id}
                  value={option.value}
                  checked={checked}
                  onChange={() => choose(checked ? values.filter((v) => v !== option.value) : [...values, option.value])}
                />
              )}
              <FormLabel htmlFor={optionId} type={question.kind === 'single' ? 'radio' : 'checkbox'}>
                {option.label}
              </FormLabel>
              {option.help && <FormFieldDescription>{option.help}</FormFieldDescription>}
            </FormField>
          );
        })}
      </Fieldset>
      <FormField className="form-row">
        <FormLabel htmlFor={`${id}-explanation`}>{t('screening.step.explanation')}</FormLabel>
        <Textarea
          id={`${id}-explanation`}
          rows={3}
          value={explanation}
          onChange={(event) => setExplanation(event.target.value)}
          onBlur={saveExplanation}
        />
      </FormField>
      <ButtonGroup>
        <Button type="button" appearance="secondary-action-button" disabled={isFirst} onClick={onPrevious}>
          {t('screening.step.previous')}
        </Button>
        <Button type="submit" appearance="primary-action-button">
          {t(isLast ? 'screening.step.finish' : 'screening.step.next')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
