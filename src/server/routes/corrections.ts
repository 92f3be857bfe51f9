/** Corrections export: each correction beside the event's stored coding, ready to retrain or re-code. */
import { stringify } from 'csv-stringify/sync';
import type { AccountsAndAnnotations } from '../../store/index.js';
import type { CorrectionRecord } from '../schemas/index.js';
import type { Services } from './index.js';

const PAGE = 500;

export const CORRECTION_COLUMNS: ReadonlyArray<keyof CorrectionRecord> = [
  'annotationId', 'eventId', 'date', 'docId', 'codedSource', 'codedTarget', 'codedCode',
  'correctSource', 'correctTarget', 'correctCode', 'note', 'author', 'createdAt', 'sentence',
];

export async function correctionRecords(s: Services, accounts: AccountsAndAnnotations): Promise<CorrectionRecord[]> {
  const out: CorrectionRecord[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await accounts.annotations({ kind: 'correction', targetKind: 'event', limit: PAGE, offset });
    for (const a of page.items) {
      const event = await s.store.event(a.target.id);
      const record: CorrectionRecord = { annotationId: a.id, eventId: a.target.id, note: a.body, author: a.authorName, createdAt: a.createdAt };
      if (event) {
        Object.assign(record, { date: event.date, codedSource: event.source, codedTarget: event.target, codedCode: event.code });
        if (event.evidence) Object.assign(record, { sentence: event.evidence.sentence, docId: event.evidence.docId });
      }
      if (a.correction?.source !== undefined) record.correctSource = a.correction.source;
      if (a.correction?.target !== undefined) record.correctTarget = a.correction.target;
      if (a.correction?.code !== undefined) record.correctCode = a.correction.code;
      out.push(record);
    }
    if (offset + PAGE >= page.total) return out;
  }
}

export function correctionsCsv(records: readonly CorrectionRecord[]): string {
  return stringify(records.map((r) => CORRECTION_COLUMNS.map((c) => r[c] ?? '')), { header: true, columns: [...CORRECTION_COLUMNS] });
}
