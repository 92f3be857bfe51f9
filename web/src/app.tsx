import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import { preloadCharts } from './charts/index.js';
import { Layout } from './components/index.js';
import { SessionProvider } from './session/index.js';

// Every page is its own chunk: the dashboard's first paint does not wait for the ingest or
// annotation code, and the chart library loads only where a chart is drawn.
const Dashboard = lazy(() => import('./pages/dashboard/index.js').then((m) => m.DashboardPage));
const Brief = lazy(() => import('./pages/brief/index.js').then((m) => m.BriefPage));
const Events = lazy(() => import('./pages/events/index.js').then((m) => m.EventsPage));
const Annotations = lazy(() => import('./pages/annotations/index.js').then((m) => m.AnnotationsPage));
const Ingest = lazy(() => import('./pages/ingest/index.js').then((m) => m.IngestPage));
const Account = lazy(() => import('./pages/account/index.js').then((m) => m.AccountPage));
const NotFound = lazy(() => import('./pages/not-found/index.js').then((m) => m.NotFoundPage));

// Most visits start on the dashboard: fetch its chunk and the chart library side by side rather
// than one after the other.
if (location.pathname === '/') {
  void Dashboard.preload();
  preloadCharts();
}

export function App() {
  return (
    <LocationProvider>
      <SessionProvider>
        <Layout>
          <ErrorBoundary>
            <Router>
              <Route path="/" component={Dashboard} />
              <Route path="/brief" component={Brief} />
              <Route path="/events" component={Events} />
              <Route path="/annotations" component={Annotations} />
              <Route path="/ingest" component={Ingest} />
              <Route path="/account" component={Account} />
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        </Layout>
      </SessionProvider>
    </LocationProvider>
  );
}
