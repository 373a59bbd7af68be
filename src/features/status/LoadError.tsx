import { describeIssues, FETCH_TIMEOUT_MS } from '../../data/load-report';
import { ReportLoadError } from '../../data/report-file';
import { SCHEMA_VERSION } from '../../data/report-format';
import { useWords } from '../../shared/use-words';

interface Props {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}

/** A failed load, explained in the current language, with Retry. */
export function LoadError({ error, onRetry, retrying }: Props) {
  const { t, lang } = useWords();
  let message: string;
  let problems: { path: string; message: string }[] = [];
  if (error instanceof ReportLoadError) {
    const { file, detail } = error;
    switch (error.kind) {
      case 'http':
        message = t('status.http', { status: detail.status ?? 0, file });
        break;
      case 'network':
        message = t('status.network', { file, message: detail.message ?? '' });
        break;
      case 'timeout':
        message = t('status.timeout', { file, seconds: FETCH_TIMEOUT_MS / 1000 });
        break;
      case 'not-json':
        // The reasons the loader gives itself are worded here; the JSON parser's own
        // message (the browser's English) is quoted.
        message = t('status.notJson', {
          file,
          message:
            detail.reason && detail.reason !== 'syntax'
              ? t(`status.notJsonReason.${detail.reason}`)
              : t('status.notJsonParser', { message: detail.message ?? '' }),
        });
        break;
      case 'content-type':
        message = t('status.contentType', { file, type: detail.contentType ?? '' });
        break;
      case 'version':
        message = t('status.version', {
          file,
          found: detail.found ?? '',
          expected: SCHEMA_VERSION,
        });
        break;
      case 'schema':
        message = t('status.schema', { file, count: detail.problemCount ?? 0 });
        problems = describeIssues(detail.issues ?? [], t, lang);
        break;
    }
  } else {
    message = error instanceof Error ? error.message : String(error);
  }
  return (
    <section className="panel load-error" role="alert" aria-labelledby="load-error-title">
      <h2 id="load-error-title">{t('status.errorTitle')}</h2>
      <p>{message}</p>
      {problems.length > 0 && (
        <ul className="load-error__problems">
          {problems.map((p, i) => (
            <li key={i}>
              <code>{p.path || t('status.root')}</code> {p.message}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button--primary"
        onClick={onRetry}
        disabled={retrying}
      >
        {retrying ? t('status.retrying') : t('status.retry')}
      </button>
    </section>
  );
}
