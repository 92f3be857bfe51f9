/** How many articles (mentions) and distinct outlets reported each event, from GDELT 2.0 mentions. */
import { LIST, VARCHAR, listValue } from '@duckdb/node-api';
import type { DuckDbStore } from '../../store/index.js';

export interface MentionCounts {
  mentions: number;
  sources: number;
}

/** Counts per event id; events without imported mentions are absent from the map. */
export function mentionCounts(store: DuckDbStore, eventIds: readonly string[]): Promise<Map<string, MentionCounts>> {
  return store.readWith(async (connection) => {
    const reader = await connection.runAndReadAll(
      `SELECT event_id, count(*) AS mentions, count(DISTINCT source_name) AS sources FROM event_mentions
       WHERE event_id IN (SELECT unnest($1)) GROUP BY event_id`,
      [listValue([...eventIds])],
      [LIST(VARCHAR)],
    );
    return new Map(reader.getRowObjectsJson().map((r) => [String(r.event_id), { mentions: Number(r.mentions), sources: Number(r.sources) }]));
  });
}
