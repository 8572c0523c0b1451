// A tiny example CDS Hooks 2.0 service on the built package (npm run build first): it reads an
// order-sign or patient-view request (draft orders + prefetch), builds the plan with the FHIR adapter
// and returns one card per core flag. For trying the library with a CDS Hooks sandbox; not a product.
// Run: npm run cds-service   (listens on 127.0.0.1:3300, or PORT)
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { planFlags, todayIso } from 'opioid-elements/core';
import { planFromFhir, cdsHooksCards } from 'opioid-elements/fhir';
import { cdsCardWords } from 'opioid-elements/fhir/describe';
import { rxnorm } from 'opioid-elements/codes/rxnorm';
import { dmd } from 'opioid-elements/codes/dmd';

const SERVICE_ID = 'opioid-elements-plan';
export const DISCOVERY = {
  services: ['order-sign', 'patient-view'].map((hook) => ({
    hook,
    id: `${SERVICE_ID}-${hook}`,
    title: 'Opioid plan check (opioid-elements)',
    description: 'Total daily OME/MME of the active opioid orders, and the plan checks of opioid-elements.',
    prefetch: { medications: 'MedicationRequest?patient={{context.patientId}}&status=active' },
  })),
};

const MAX_BODY = 2 * 1024 * 1024;

function send(response, status, body) {
  response.writeHead(status, {
    'content-type': 'application/json', 'access-control-allow-origin': '*',
    'access-control-allow-headers': 'authorization, content-type', 'access-control-allow-methods': 'GET, POST, OPTIONS',
  });
  response.end(JSON.stringify(body));
}

/** The cards for one CDS Hooks request body. */
export function cardsFor(request, { guidance = 'us', today = todayIso() } = {}) {
  const result = planFromFhir(request, { guidance, today, codes: [rxnorm, dmd] });
  if (!result.ok) return [];
  return cdsHooksCards(planFlags(result.plan, { guidance, today }), { ...cdsCardWords(guidance === 'us' ? 'en-US' : 'en-GB'), exclude: ['invalid-plan'] });
}

export function createCdsService(options = {}) {
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '');
    if (request.method === 'OPTIONS') return send(response, 204, {});
    if (request.method === 'GET' && path === '/cds-services') return send(response, 200, DISCOVERY);
    const service = DISCOVERY.services.find((s) => path === `/cds-services/${s.id}`);
    if (request.method !== 'POST' || !service) return send(response, 404, { error: 'not found' });
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) request.destroy();
      else chunks.push(chunk);
    });
    request.on('end', () => {
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(response, 400, { error: 'the request body is not JSON' });
      }
      return send(response, 200, { cards: cardsFor(body, options) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 3300);
  const server = createCdsService();
  server.listen(port, '127.0.0.1', () => {
    console.log(`CDS Hooks service: http://127.0.0.1:${server.address().port}/cds-services`);
  });
}
