/** The report the user is looking at: the index, the chosen entry, then the file itself. */
import { useQuery } from '@tanstack/react-query';
import { pickReport, reportIndexQuery, reportQuery } from './load-report';
import { useDashboard } from '../state/store';

export function useReport() {
  const reportId = useDashboard((s) => s.reportId);
  const index = useQuery(reportIndexQuery);
  const picked = index.data ? pickReport(index.data, reportId) : null;
  const report = useQuery({
    ...reportQuery(picked?.entry.file ?? ''),
    enabled: picked !== null,
  });
  return {
    index,
    entry: picked?.entry ?? null,
    unknownId: picked?.unknownId ?? null,
    report,
    /** The query that is failing, if any: the index first, then the report. */
    failed: index.isError ? index : report.isError ? report : null,
  };
}
