/**
 * The workbook embedded in each chart (what "Edit data" opens). pptxgenjs 4.0.1 writes its
 * table range with a stray apostrophe (`ref="A1:C4'"`), which Excel reports as damaged
 * content and repairs; the range is corrected here.
 */
import JSZip from 'jszip';

/** Fix the table range of one embedded .xlsx and return the new bytes. */
export async function repairWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const table = zip.file('xl/tables/table1.xml');
  if (!table) return bytes;
  const xml = await table.async('string');
  const fixed = xml.replace(/\sref="([A-Z]+\d+:[A-Z]+\d+)'"/, ' ref="$1"');
  if (fixed === xml) return bytes;
  zip.file('xl/tables/table1.xml', fixed);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
