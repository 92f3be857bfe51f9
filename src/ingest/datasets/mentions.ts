/**
 * GDELT 2.0 mentions: each row is one article that reported an event, linked by GLOBALEVENTID.
 * They go to their own table (`event_mentions`, event ids namespaced like the events) so a query
 * can count an event's mentions and distinct sources; a mention whose event is not (yet) imported
 * is kept, as GDELT publishes mentions of older events in later files.
 */
import { GDELT2_MENTIONS } from './layouts.js';
import type { LoadPlan } from './plan.js';
import { reasonSql } from './plan.js';

const ts = (column: string): string => `try_strptime(CAST(${column} AS VARCHAR), '%Y%m%d%H%M%S')`;

const CHECKS = [
  ['GLOBALEVENTID IS NULL', 'GLOBALEVENTID is empty'],
  [`${ts('MentionTimeDate')} IS NULL`, 'MentionTimeDate is not a YYYYMMDDHHMMSS time'],
] as const;

const KEY = `'gdelt2:' || GLOBALEVENTID || chr(31) || coalesce(MentionIdentifier, '') || chr(31) || coalesce(CAST(SentenceID AS VARCHAR), '')`;

export const MENTIONS_PLAN: LoadPlan = {
  dataset: 'gdelt2',
  table: 'event_mentions',
  columns: ['event_id', 'dataset', 'event_time', 'mention_time', 'mention_type', 'source_name', 'identifier', 'sentence_id', 'confidence', 'doc_tone'],
  layout: GDELT2_MENTIONS,
  csv: { header: false, dateformat: '%Y%m%d' },
  select: (src, extra) => `SELECT ${extra}
      'gdelt2:' || GLOBALEVENTID AS event_id, 'gdelt2' AS dataset, ${ts('EventTimeDate')} AS event_time,
      ${ts('MentionTimeDate')} AS mention_time, MentionType AS mention_type, MentionSourceName AS source_name,
      MentionIdentifier AS identifier, SentenceID AS sentence_id, Confidence AS confidence, MentionDocTone AS doc_tone,
      ${reasonSql(CHECKS)} AS _reason, ${KEY} AS _key
    FROM ${src} s`,
  key: (row) => `${row}.event_id || chr(31) || coalesce(${row}.identifier, '') || chr(31) || coalesce(CAST(${row}.sentence_id AS VARCHAR), '')`,
  fast: true,
};
