/**
 * The vocabulary of forms: the code holds one pure builder per form, the report file says
 * which form each panel takes and what it draws.
 */
import type { PanelForm } from '../../data/schema';
import { beforeAfterForm } from './forms/before-after';
import {
  barsForm,
  multiplesForm,
  partToWholeForm,
  rangeForm,
  referenceForm,
} from './forms/bar-forms';
import { statForm } from './forms/stat';
import { themesForm } from './themes';
import { timelineForm } from './timeline';
import type { BuiltChart, ChartContext, FormBuilder, PanelInput } from './types';

export const FORMS: Readonly<Record<PanelForm, FormBuilder>> = {
  stat: statForm,
  'part-to-whole': partToWholeForm,
  reference: referenceForm,
  range: rangeForm,
  'before-after': beforeAfterForm,
  multiples: multiplesForm,
  bars: barsForm,
  timeline: timelineForm,
  themes: themesForm,
};

/** A panel drawn in its form: null when the filters leave it nothing to show. */
export function buildPanel(input: PanelInput, ctx: ChartContext): BuiltChart | null {
  return FORMS[input.panel.form](input, ctx);
}
