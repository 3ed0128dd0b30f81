/**
 * The adapter contract test kit: `@audit-log-viewer/react/testing`.
 * Run {@link describeAdapterContract} in your test runner against your adapter.
 */
export { describeAdapterContract } from './contract.js';
export type { AdapterContractOptions, AdapterContractSubject, TestApi } from './contract.js';
export { createContractFixture, FIXTURE_END } from './fixture.js';
export type { AdapterContractFixture } from './fixture.js';
export { ContractViolation } from './assert.js';
export { TESSERAL_LIST_FIXTURES, TESSERAL_USER_FIXTURES } from './tesseral-fixtures.js';
export type { WireFixture } from './tesseral-fixtures.js';
