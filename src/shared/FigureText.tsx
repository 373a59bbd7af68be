import { figureRuns } from '../lib/figure-runs';

/**
 * A formatted figure, or a title with figures in it, that breaks where it must between a
 * range's ends or around its words, never between a number and its unit (see figureRuns):
 * not "2026 / 年", "近 / 190 亿美元" or "6 / 倍".
 */
export function FigureText({ text }: { text: string }) {
  const runs = figureRuns(text);
  if (runs.length === 1 && runs[0]?.held) return <span className="figure-run">{text}</span>;
  return (
    <>
      {runs.map((run, i) =>
        run.held ? (
          <span key={i} className="figure-run">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
