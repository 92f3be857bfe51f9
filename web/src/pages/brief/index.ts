export { BriefPage } from './brief-page.js';
