export { IngestPage } from './ingest-page.js';
