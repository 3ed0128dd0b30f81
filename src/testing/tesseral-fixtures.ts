import type { AuditLogErrorCode } from '../errors.js';

// Response bodies of Tesseral's end-customer audit-log endpoint exactly as its REST layer writes
// them, written by hand from Tesseral's code (tesseral-labs/tesseral at eaf6e666, 2025-07-17), not
// from this project's mock: a success body is connect-go's default protojson (vanguard passes it
// through, transcoder.go:1129-1162; connect-go codec.go: `protojson.MarshalOptions{}`), so unset
// fields are left out; an error is a `google.rpc.Status` written by vanguard with EmitUnpopulated
// (protocol_rest.go:120-139), so `message`, `details` and every field of a detail are there.

/** One recorded answer and what an adapter must make of it. */
export interface WireFixture {
  /** What the answer is. */
  name: string;
  /** Where it comes from in Tesseral's code. */
  source: string;
  status: number;
  headers?: Record<string, string>;
  /** The body as sent (a string for a body that is not JSON). */
  body: unknown;
  /** For a success: the ids of the events, in order, and whether there is a next page. */
  page?: { ids: string[]; next: boolean };
  /** For a failure: the error code, and words its message must contain. */
  error?: { code: AuditLogErrorCode; says: string };
}

// 24-byte nonce + secretbox of the row's JSON uuid (38 bytes + 16 of tag), URL-safe base64: 104 characters (pagetoken.go:18-31).
const TOKEN = 'eYY7mRXR3b2jXDwjwYgcSugMc8UfUNbAMnCk-ehl6x0GUdev5e8UQ7DA9Z8QqupQL2i5EQdc1VFL0r2Snd-vXN-h8qPuZPRFx_Rrxuta';

/** A first page: every kind of actor Tesseral's list returns, and the ways it writes times and details. */
const FIRST_PAGE = {
  auditLogEvents: [
    {
      // A token refresh: the user and session from the new access token; details a bare Session.
      id: 'audit_log_event_03eb26uuu25cr4r5ljzown4dy',
      actorUserId: 'user_031gcbn2xhggzpy70bv5oefnm',
      actorSessionId: 'session_9xl3x2et2b74u1nzmmtoayihb',
      eventTime: '2025-07-16T21:04:12.345678Z',
      eventName: 'tesseral.sessions.refresh',
      eventDetails: { expireTime: '2025-07-23T21:00:01.123456Z', id: 'session_9xl3x2et2b74u1nzmmtoayihb', lastActiveTime: '2025-07-16T21:04:12.345678Z', primaryAuthFactor: 'PRIMARY_AUTH_FACTOR_GOOGLE', userId: 'user_031gcbn2xhggzpy70bv5oefnm' },
    },
    {
      // A custom event written with an API key secret as actorCredentials; a whole-second time has no fraction.
      id: 'audit_log_event_03eb26mdksskyi7nfv8lrr29a',
      actorApiKeyId: 'api_key_8e2dhpjd7wzjqvdsuyz68vv1x',
      eventTime: '2025-07-16T21:03:00Z',
      eventName: 'acme.invoices.approve',
      eventDetails: { invoice: { amount: 1250.5, id: 'inv_1' } },
    },
    {
      // A login: the intermediate session is the only actor (intermediate/store/exchange.go:277-289).
      id: 'audit_log_event_03eb26md11whmu5amek4ynb78',
      actorIntermediateSessionId: 'intermediate_session_9tfhmm4cjs51xvoxs269ode85',
      eventTime: '2025-07-16T21:02:59.870Z',
      eventName: 'tesseral.sessions.create',
      eventDetails: { samlConnectionId: 'saml_connection_b8fu8est26x7jmmap5xi2dgrd', session: { expireTime: '2025-07-23T21:02:59.870Z', id: 'session_9xl3x2et2b74u1nzmmtoayihb', lastActiveTime: '2025-07-16T21:02:59.870Z', primaryAuthFactor: 'PRIMARY_AUTH_FACTOR_SAML', userId: 'user_031gcbn2xhggzpy70bv5oefnm' } },
    },
    {
      // SCIM created a user: the end-customer event has no field for the SCIM key, so no actor at all.
      id: 'audit_log_event_03eb26d24palmh0jhmbvr7xg3',
      eventTime: '2025-07-16T21:01:40.500Z',
      eventName: 'tesseral.users.create',
      eventDetails: { user: { createTime: '2025-07-16T21:01:40.500Z', email: 'ada@acme.example', id: 'user_031gcbn2xhggzpy70bv5oefnm', owner: false, updateTime: '2025-07-16T21:01:40.500Z' } },
    },
    {
      // A custom event written with only organizationId: no actor; an empty details object is still written.
      id: 'audit_log_event_03eb268jp4vpt4gfnedzxsviv',
      eventTime: '2025-07-16T21:01:02.004100Z',
      eventName: 'acme.reports.download',
      eventDetails: {},
    },
  ],
  nextPageToken: TOKEN,
};

const STATUS = (code: number, message: string, details: unknown[] = []) => ({ code, message, details });
const ERROR_DETAIL = (description: string) => ({ '@type': 'type.googleapis.com/tesseral.common.v1.ErrorDetail', description, docsLink: '' });

/** Answers of `GET /api/frontend/v1/audit-log-events`, each with what an adapter must read in it. */
export const TESSERAL_LIST_FIXTURES: readonly WireFixture[] = [
  {
    name: 'a page of events, with more to come',
    source: 'frontend/store/audit_log_events.go:90-134 (parseAuditLogEvent), protojson defaults',
    status: 200,
    body: FIRST_PAGE,
    page: { ids: FIRST_PAGE.auditLogEvents.map((e) => e.id), next: true },
  },
  {
    name: 'the last page (no nextPageToken)',
    source: 'audit_log_events.go:79-84: the token is set only when an eleventh row was found',
    status: 200,
    body: { auditLogEvents: FIRST_PAGE.auditLogEvents.slice(0, 2) },
    page: { ids: FIRST_PAGE.auditLogEvents.slice(0, 2).map((e) => e.id), next: false },
  },
  {
    name: 'no events at all',
    source: 'an empty repeated field and an empty string are both left out',
    status: 200,
    body: {},
    page: { ids: [], next: false },
  },
  {
    name: 'a page from a proxy that writes every field ("" for the unset ones)',
    source: 'not what Tesseral sends (see the note at the top), but what an EmitUnpopulated re-encoder would',
    status: 200,
    body: {
      auditLogEvents: [{ ...FIRST_PAGE.auditLogEvents[3], actorUserId: '', actorSessionId: '', actorApiKeyId: '', actorIntermediateSessionId: '' }],
      nextPageToken: '',
    },
    page: { ids: [FIRST_PAGE.auditLogEvents[3]!.id], next: false },
  },
  {
    name: 'a page token that is expired, tampered with, or from another server',
    source: 'pagetoken.go:58-66: a Connect error with no message and a BadRequest.FieldViolation',
    status: 400,
    body: STATUS(3, '', [{ '@type': 'type.googleapis.com/google.rpc.BadRequest.FieldViolation', field: 'page_token', description: 'invalid pagination token', reason: '', localizedMessage: null }]),
    error: { code: 'invalid_cursor', says: 'invalid pagination token' },
  },
  {
    name: 'a signed-in user who is not an owner',
    source: 'frontend/store/organizations.go:254-264 (validateIsOwner), apierror/errors.go:80-93',
    status: 403,
    body: STATUS(7, 'permission_denied', [ERROR_DETAIL('user must be an owner of the organization')]),
    error: { code: 'permission_denied', says: 'user must be an owner of the organization' },
  },
  {
    name: 'no credentials, or an expired or forged access token',
    source: 'frontend/authn/interceptor/interceptor.go:59-76 (ujwt.ErrBadJWT)',
    status: 401,
    body: STATUS(16, 'invalid jwt'),
    error: { code: 'unauthenticated', says: 'invalid jwt' },
  },
  {
    name: 'an Authorization header that is not "Bearer …"',
    source: 'frontend/authn/interceptor/interceptor.go:42-50',
    status: 401,
    body: STATUS(16, 'invalid authorization header'),
    error: { code: 'unauthenticated', says: 'invalid authorization header' },
  },
  {
    name: 'an access token of another project',
    source: 'frontend/store/authenticate.go:29 wrapped at interceptor.go:66-69: a Connect error inside another',
    status: 401,
    body: STATUS(16, 'not_found: not_found'),
    error: { code: 'unauthenticated', says: 'HTTP 401' },
  },
  {
    name: 'filterUserId that is not a user id',
    source: 'frontend/store/audit_log_events.go:58-62',
    status: 400,
    body: STATUS(3, 'invalid_argument', [ERROR_DETAIL('invalid user_id')]),
    error: { code: 'invalid_request', says: 'invalid user_id' },
  },
  {
    name: 'a time filter that is not an RFC 3339 instant',
    source: 'vanguard params.go:78-88: invalid parameter, no details',
    status: 400,
    body: STATUS(3, 'invalid parameter "filter_start_time" value for type "message": "yesterda'),
    error: { code: 'invalid_request', says: 'invalid parameter' },
  },
  {
    name: 'a query parameter the request has no field for',
    source: 'vanguard router.go:378-379: not a Connect error, so code 2 and HTTP 500',
    status: 500,
    body: STATUS(2, 'in field path "_": element "_" does not correspond to any field of type tesseral.frontend.v1.ListAuditLogEventsRequest'),
    error: { code: 'server', says: 'does not correspond to any field' },
  },
  {
    name: 'any failure inside Tesseral',
    source: 'opaqueinternalerror/opaqueinternalerror.go:24-32',
    status: 500,
    body: STATUS(13, 'internal server error'),
    error: { code: 'server', says: 'internal server error' },
  },
  {
    name: 'a rate limit in front of Tesseral, with Retry-After',
    source: 'resource_exhausted maps to 429 (vanguard protocol_http.go:37-55)',
    status: 429,
    headers: { 'retry-after': '2' },
    body: STATUS(8, 'resource_exhausted'),
    error: { code: 'rate_limited', says: 'HTTP 429' },
  },
  {
    name: 'a proxy that answers with an HTML page',
    source: 'a load balancer between the browser and Tesseral',
    status: 502,
    body: '<html><body>502 Bad Gateway</body></html>',
    error: { code: 'server', says: 'HTTP 502' },
  },
];

/** Answers of `GET /api/frontend/v1/users/{id}` (frontend/store/users.go:105-120). */
export const TESSERAL_USER_FIXTURES = {
  found: { status: 200, body: { user: { id: 'user_031gcbn2xhggzpy70bv5oefnm', email: 'ada@acme.example', createTime: '2025-07-16T21:01:40.500Z', updateTime: '2025-07-16T21:01:40.500Z', owner: false, displayName: 'Ada Lovelace' } } },
  deleted: { status: 404, body: STATUS(5, 'not_found', [ERROR_DETAIL('user not found')]) },
  malformed: { status: 400, body: STATUS(3, 'invalid_argument', [ERROR_DETAIL('invalid user id')]) },
} as const;
