import { useEffect, useId, useRef, useState } from 'react';
import { loadChartModule, retryChartModule } from '../../charts/load-charts';
import { langCodes, type Lang } from '../../i18n/languages';
import {
  EXPORT_SCALES,
  PRESET_IDS,
  pixelSize,
  type ExportScale,
  type PresetId,
} from '../../lib/export-presets';
import { Icon } from '../../shared/Icon';
import { useWords } from '../../shared/use-words';
import { useDashboard } from '../../state/store';
import type { ExportJob } from './export-job';

interface Props {
  /** The panel's short name, for the menu's accessible name. */
  name: string;
  /** Builds the chart for a language, on a light background, as currently filtered. */
  prepare: (lang: Lang) => ExportJob | null;
  /** The address of this panel on its own (an embed), as the view is now. */
  embedUrl?: () => string;
  /** The panel's language: its deferred one, so that a switch re-labels the menu in the
   * panel's render, not in the switch's own frame (thirteen menus). */
  lang: Lang;
}

/**
 * The code a page embeds the panel with: the frame, and a few lines that let the frame's
 * height follow the panel's (the panel posts it; see EmbedPage).
 */
export function embedCode(url: string, title: string): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${escape(url)}" title="${escape(title)}" loading="lazy" style="width:100%;height:560px;border:0" data-ai-report-embed></iframe>`,
    '<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="ai-report:embed-height")return;document.querySelectorAll("iframe[data-ai-report-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>',
  ].join('\n');
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

/** The menu that is open, so opening another closes it: one menu at a time. */
let closeOpenMenu: (() => void) | null = null;

/**
 * Export one chart: PNG (2× or 3×), SVG, clipboard, CSV, or both languages at once, at
 * a slide size. The image carries its finding, what is measured, the source and the edition.
 */
export function ExportMenu({ name, prepare, embedUrl, lang }: Props) {
  const { t, fmt } = useWords(lang);
  const preset = useDashboard((s) => s.exportPreset);
  const scale = useDashboard((s) => s.exportScale);
  const setExport = useDashboard((s) => s.setExport);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [code, setCode] = useState<string | null>(null);
  const busy = useRef(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // Open: a click or a tab out of the menu, or Escape anywhere, closes it; so does opening
  // another menu.
  useEffect(() => {
    // A panel skips painting what lies outside it (content-visibility: auto): while its menu
    // reaches past its edge, the panel paints everything, and stands above its neighbours.
    const panel = root.current?.closest('.chart-panel');
    panel?.classList.toggle('chart-panel--menu-open', open);
    if (!open) return;
    const close = (): void => setOpen(false);
    closeOpenMenu?.();
    closeOpenMenu = close;
    const outside = (target: EventTarget | null): boolean =>
      !(target instanceof Node && root.current?.contains(target));
    const onDown = (e: PointerEvent): void => {
      if (outside(e.target)) close();
    };
    const onFocus = (e: FocusEvent): void => {
      if (outside(e.target)) close();
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      // Close this menu only; don't let the page-wide Escape clear the selection.
      e.stopImmediatePropagation();
      close();
      if (!outside(document.activeElement)) toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('focusin', onFocus);
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      panel?.classList.remove('chart-panel--menu-open');
      if (closeOpenMenu === close) closeOpenMenu = null;
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('focusin', onFocus);
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [open]);

  /** Runs one export at a time: a second click while one runs does nothing. */
  const run = async (action: () => Promise<string>): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    // An export is the reader asking again: a chart module that failed to load is retried.
    retryChartModule();
    setStatus({ kind: 'working' });
    try {
      setStatus({ kind: 'done', text: await action() });
    } catch (err) {
      setStatus({
        kind: 'error',
        text: t('export.failed', { message: err instanceof Error ? err.message : String(err) }),
      });
    } finally {
      busy.current = false;
    }
  };

  const job = (l: Lang): ExportJob => {
    const prepared = prepare(l);
    if (!prepared) throw new Error(t('charts.empty'));
    return prepared;
  };

  const png = async (l: Lang): Promise<string> => {
    const prepared = job(l);
    const { slideSvg, svgToPng, downloadBlob } = await loadChartModule();
    const slide = slideSvg(prepared.slide, preset);
    const blob = await svgToPng(slide.svg, slide.width, slide.height, scale);
    const file = prepared.fileName('png');
    downloadBlob(blob, file);
    return file;
  };

  const actions = {
    png: () => run(async () => t('export.saved', { name: await png(lang) })),
    svg: () =>
      run(async () => {
        const prepared = job(lang);
        const { slideSvg, downloadBlob } = await loadChartModule();
        const slide = slideSvg(prepared.slide, preset);
        const file = prepared.fileName('svg');
        downloadBlob(new Blob([slide.svg], { type: 'image/svg+xml;charset=utf-8' }), file);
        return t('export.saved', { name: file });
      }),
    copy: () =>
      run(async () => {
        const prepared = job(lang);
        const { slideSvg, svgToPng } = await loadChartModule();
        const slide = slideSvg(prepared.slide, preset);
        const blob = await svgToPng(slide.svg, slide.width, slide.height, scale);
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
        return t('export.copied');
      }),
    csv: () =>
      run(async () => {
        const prepared = job(lang);
        const { downloadBlob } = await loadChartModule();
        const file = prepared.fileName('csv');
        downloadBlob(new Blob([prepared.csv], { type: 'text/csv;charset=utf-8' }), file);
        return t('export.saved', { name: file });
      }),
    every: () =>
      run(async () => {
        const names: string[] = [];
        for (const l of langCodes()) names.push(await png(l));
        return t('export.savedMany', { names: names.join(t('charts.listSeparator')) });
      }),
  };

  const size = pixelSize(preset, scale);
  const working = status.kind === 'working';
  return (
    <div className="export-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="button button--small button--icon"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('export.buttonFor', { name })}
        title={t('export.buttonFor', { name })}
        onClick={() => setOpen((v) => !v)}
      >
        <Icon name="export" />
        <span className="button__text">{t('export.button')}</span>
      </button>
      <div
        id={panelId}
        className="export-menu__panel"
        role="group"
        aria-label={t('export.options', { title: name })}
        hidden={!open}
      >
        {/* Drawn only while open: closed menus re-rendering on every switch add up. */}
        {open && (
          <>
            <fieldset>
              <legend>{t('export.size')}</legend>
              {PRESET_IDS.map((id: PresetId) => (
                <label key={id} className="radio">
                  <input
                    type="radio"
                    name={`${panelId}-preset`}
                    checked={preset === id}
                    onChange={() => setExport(id, scale)}
                  />
                  {t(`export.preset.${id}`)}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t('export.resolution')}</legend>
              {EXPORT_SCALES.map((s: ExportScale) => (
                <label key={s} className="radio">
                  <input
                    type="radio"
                    name={`${panelId}-scale`}
                    checked={scale === s}
                    onChange={() => setExport(preset, s)}
                  />
                  {t('export.scale', { scale: s })}
                </label>
              ))}
              <p className="export-menu__size">
                {t('export.pixels', {
                  width: fmt.number(size.width),
                  height: fmt.number(size.height),
                })}
              </p>
            </fieldset>
            <div className="export-menu__actions">
              {embedUrl && (
                <button
                  type="button"
                  className="button button--small"
                  aria-expanded={code !== null}
                  onClick={() => setCode(code === null ? embedCode(embedUrl(), name) : null)}
                >
                  {t('export.embed')}
                </button>
              )}
              {code !== null && (
                <div className="export-menu__embed">
                  <label>
                    <span>{t('export.embedCode')}</span>
                    <textarea readOnly rows={5} value={code} onFocus={(e) => e.target.select()} />
                  </label>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() =>
                      void run(async () => {
                        await navigator.clipboard.writeText(code);
                        return t('export.embedCopied');
                      })
                    }
                  >
                    {t('export.embedCopy')}
                  </button>
                </div>
              )}
              {(['png', 'svg', 'copy', 'csv', 'every'] as const).map((action) => (
                <button
                  key={action}
                  type="button"
                  className="button button--small"
                  aria-disabled={working}
                  onClick={() => void actions[action]()}
                >
                  {t(`export.${action}`)}
                </button>
              ))}
            </div>
          </>
        )}
        <p className="export-menu__status" role="status" aria-live="polite">
          {working
            ? t('export.working')
            : status.kind === 'done' || status.kind === 'error'
              ? status.text
              : ''}
        </p>
      </div>
    </div>
  );
}
