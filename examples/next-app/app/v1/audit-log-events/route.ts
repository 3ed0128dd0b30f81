import { connection } from 'next/server';
import { auditHandler } from '../../audit-api';

// Tesseral's ingest path, for Tesseral's SDK pointed at this app: the same handler.
export async function POST(request: Request): Promise<Response> {
  await connection();
  return auditHandler(request);
}
