import { join } from 'node:path';
import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  isMainModule,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';
import express from 'express';
import { apiRoutes } from './server/api-routes';

const browserDistFolder = join(import.meta.dirname, '../browser');

const app = express();
const angularApp = new AngularNodeAppEngine();

app.use('/api', apiRoutes());

// The browser build, cached for a year (its file names change with their content).
app.use(express.static(browserDistFolder, { maxAge: '1y', index: false, redirect: false }));

// Every other request: Angular renders the page.
app.use((req, res, next) => {
  angularApp
    .handle(req)
    .then((response) => (response ? writeResponseToNodeResponse(response, res) : next()))
    .catch(next);
});

if (isMainModule(import.meta.url)) {
  const port = Number(process.env['PORT'] || 4000);
  const host = process.env['HOST'] || 'localhost';
  app.listen(port, host, (error) => {
    if (error) throw error;
    console.log(`Listening on http://${host}:${port}`);
  });
}

/** The request handler the Angular CLI's dev server and build use. */
export const reqHandler = createNodeRequestHandler(app);
