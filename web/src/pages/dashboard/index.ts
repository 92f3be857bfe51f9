export { DashboardPage, DEFAULT_DYAD } from './dashboard-page.js';
