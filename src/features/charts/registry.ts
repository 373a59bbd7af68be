/** The dashboard's figure charts, in reading order. Timeline and themes have their own panels. */
import { adoptionChart } from '../../charts/options/adoption';
import { capexChart } from '../../charts/options/capex';
import { capitalChart } from '../../charts/options/capital';
import { contextChart } from '../../charts/options/context';
import { efficiencyChart } from '../../charts/options/efficiency';
import { osworldChart } from '../../charts/options/osworld';
import { retailChart } from '../../charts/options/retail';
import { revenueChart } from '../../charts/options/revenue';
import type { ChartDefinition } from '../../charts/options/types';

export const FIGURE_CHARTS: readonly ChartDefinition[] = [
  capitalChart,
  osworldChart,
  revenueChart,
  capexChart,
  efficiencyChart,
  contextChart,
  retailChart,
  adoptionChart,
];
