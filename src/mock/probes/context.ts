import type { MockDatabase } from '../database.js';
import type { MockOrganization } from '../generate.js';
import { accessTokenCookieName } from '../tesseral/auth.js';
import type { ProbeContext } from './corpus.js';

/** GETs a JSON body as an owner, failing loudly on anything but a 200. */
export async function getJson<T>(url: string, path: string, token: string): Promise<T> {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Starts an export job as an owner and answers its id. */
export async function startExport(url: string, token: string, body: unknown): Promise<string> {
  const response = await fetch(`${url}/api/audit/v1/exports`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status !== 202) throw new Error(`POST exports answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { jobId: string }).jobId;
}

/** Waits for an export job to end and answers its status body. */
export async function finishExport(url: string, token: string, jobId: string): Promise<{ state: string; written: number; downloadUrl?: string; error?: string }> {
  for (;;) {
    const job = await getJson<{ state: string; written: number; downloadUrl?: string; error?: string }>(url, `/api/audit/v1/exports/${jobId}`, token);
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function organizationContext(db: MockDatabase, url: string, org: MockOrganization) {
  const owner = `demo_owner_${org.spec.slug}`;
  const events = await getJson<{ events: { id: string }[]; nextCursor: string }>(url, '/api/audit/v1/events?pageSize=5', owner);
  const tesseral = await getJson<{ nextPageToken: string }>(url, '/api/frontend/v1/audit-log-events', owner);
  return {
    id: org.id,
    owner,
    member: `demo_member_${org.spec.slug}`,
    eventId: events.events[0]!.id,
    userId: org.ownerId,
    apiKeyId: org.apiKeyId!,
    roleId: [...org.roles.keys()][0]!,
    cursor: events.nextCursor,
    pageToken: tesseral.nextPageToken,
  };
}

/** What the corpus needs, read from a running server of the demo's organizations (Acme attacked, Globex beside it). */
export async function probeContext(db: MockDatabase, url: string): Promise<ProbeContext> {
  const [acme, globex] = db.dataset.organizations;
  const other = await organizationContext(db, url, globex!);
  return {
    org: await organizationContext(db, url, acme!),
    other: { ...other, jobId: await startExport(url, other.owner, { format: 'jsonl' }) },
    backendKey: db.dataset.backendApiKey.demoSecret,
    apiKeySecret: acme!.apiKeySecret!,
    cookieName: accessTokenCookieName(db.dataset.project.id),
  };
}
