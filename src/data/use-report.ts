/** The report a view asks for: the index, the chosen entry, then the file itself. */
import { useQuery } from '@tanstack/react-query';
import { pickReport, reportIndexQuery, reportQuery } from './load-report';

/** `reportId` is the edition the view names, or null for the newest. */
export function useReport(reportId: string | null) {
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
