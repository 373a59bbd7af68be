/**
 * Everything that draws with ECharts (the charts on the page, the exporter's off-screen
 * renderer), as one chunk of its own: it loads when the first chart comes near the view or
 * an export starts (load-charts.ts), never during the page's start on a phone, whose first
 * screen holds no chart.
 */
export { Chart, liveChartCount } from './chart';
export { downloadBlob, renderOptionSvg, slideSvg, svgToPng } from './export-render';
