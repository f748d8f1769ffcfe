import { formatHours, hoursPercent } from '~/lib/session-form/hours';
import type { Translate } from './translator';

/** Signed hours against the programme's requirement, as a labelled bar. */
export default function HoursBar({
  lang,
  t,
  signed,
  required,
}: {
  lang: string;
  t: Translate;
  signed: number;
  required: number;
}) {
  const hours = formatHours(signed, lang);
  if (required <= 0) return <p class="facts-line">{t('hours.noRequirement', { hours })}</p>;
  const text = t('hours.bar', { hours, required: formatHours(required, lang) });
  return (
    <label class="progress-label">
      {text}
      <progress max={100} value={hoursPercent(signed, required)}>
        {text}
      </progress>
    </label>
  );
}
