export { AnnotationsPage } from './annotations-page.js';
