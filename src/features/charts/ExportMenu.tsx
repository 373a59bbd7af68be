import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXPORT_SCALES,
  PRESET_IDS,
  pixelSize,
  type ExportScale,
  type PresetId,
} from '../../charts/export/presets';
import { exportFileName } from '../../charts/export/file-name';
import { downloadBlob, slideSvg, svgToPng, type SlideInput } from '../../charts/export-render';
import { useFormatter } from '../../app/use-formatter';
import { LANGS, type Lang } from '../../i18n/languages';
import { useDashboard } from '../../state/store';

/** Everything needed to export one chart in one language. */
export interface ExportJob {
  slide: SlideInput;
  csv: string;
}

interface Props {
  chartId: string;
  title: string;
  /** Builds the chart for a language, on a light background, as currently filtered. */
  prepare: (lang: Lang) => ExportJob | null;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

/**
 * Export one chart: PNG (2× or 3×), SVG, clipboard, CSV, or both languages at once, at
 * a slide size. The image carries its title, subtitle, units, source and month.
 */
export function ExportMenu({ chartId, title, prepare }: Props) {
  const { t } = useTranslation();
  const lang = useDashboard((s) => s.lang);
  const preset = useDashboard((s) => s.exportPreset);
  const scale = useDashboard((s) => s.exportScale);
  const setExport = useDashboard((s) => s.setExport);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const fmt = useFormatter();
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent): void => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const run = async (action: () => Promise<string>): Promise<void> => {
    setStatus({ kind: 'working' });
    try {
      setStatus({ kind: 'done', text: await action() });
    } catch (err) {
      setStatus({
        kind: 'error',
        text: t('export.failed', { message: err instanceof Error ? err.message : String(err) }),
      });
    }
  };

  const job = (l: Lang): ExportJob => {
    const prepared = prepare(l);
    if (!prepared) throw new Error(t('charts.empty'));
    return prepared;
  };

  const png = async (l: Lang): Promise<string> => {
    const slide = slideSvg(job(l).slide, preset);
    const blob = await svgToPng(slide.svg, slide.width, slide.height, scale);
    const name = exportFileName(chartId, l, 'png');
    downloadBlob(blob, name);
    return name;
  };

  const actions = {
    png: () => run(async () => t('export.saved', { name: await png(lang) })),
    svg: () =>
      run(() => {
        const slide = slideSvg(job(lang).slide, preset);
        const name = exportFileName(chartId, lang, 'svg');
        downloadBlob(new Blob([slide.svg], { type: 'image/svg+xml;charset=utf-8' }), name);
        return Promise.resolve(t('export.saved', { name }));
      }),
    copy: () =>
      run(async () => {
        const slide = slideSvg(job(lang).slide, preset);
        const blob = await svgToPng(slide.svg, slide.width, slide.height, scale);
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
        return t('export.copied');
      }),
    csv: () =>
      run(() => {
        const name = exportFileName(chartId, lang, 'csv');
        downloadBlob(new Blob([job(lang).csv], { type: 'text/csv;charset=utf-8' }), name);
        return Promise.resolve(t('export.saved', { name }));
      }),
    both: () =>
      run(async () => {
        const names: string[] = [];
        for (const l of LANGS) names.push(await png(l));
        return t('export.savedMany', { names: names.join(', ') });
      }),
  };

  const size = pixelSize(preset, scale);
  return (
    <div
      className="export-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          // Close this menu only; don't let the page-wide Escape clear the selection.
          e.stopPropagation();
          e.nativeEvent.stopImmediatePropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        {t('export.button')}
      </button>
      <div
        id={panelId}
        className="export-menu__panel"
        role="group"
        aria-label={t('export.options', { title })}
        hidden={!open}
      >
        {/* Drawn only while open: ten closed menus re-rendering on every switch add up. */}
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
              <button
                type="button"
                className="button button--small"
                onClick={() => void actions.png()}
              >
                {t('export.png')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => void actions.svg()}
              >
                {t('export.svg')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => void actions.copy()}
              >
                {t('export.copy')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => void actions.csv()}
              >
                {t('export.csv')}
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => void actions.both()}
              >
                {t('export.both')}
              </button>
            </div>
          </>
        )}
        <p className="export-menu__status" role="status" aria-live="polite">
          {status.kind === 'working'
            ? t('export.working')
            : status.kind === 'done' || status.kind === 'error'
              ? status.text
              : ''}
        </p>
      </div>
    </div>
  );
}
