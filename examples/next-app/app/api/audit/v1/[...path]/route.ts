import { connection } from 'next/server';
import { auditHandler } from '../../../../audit-api';

// The full query API under /api/audit/v1: every method goes to the library's handler, which
// answers from the request alone (connection(): never prerendered).
async function handle(request: Request): Promise<Response> {
  await connection();
  return auditHandler(request);
}

export const GET = handle;
export const POST = handle;
