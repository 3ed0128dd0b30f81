/**
 * The adapter contract test kit: `@audit-log-viewer/react/testing`.
 * Run {@link describeAdapterContract} in your test runner against your adapter.
 */
export { describeAdapterContract } from './contract.js';
export type { AdapterContractOptions, AdapterContractSubject, TestApi } from './contract.js';
export { createContractFixture, FIXTURE_END } from './fixture.js';
export type { AdapterContractFixture } from './fixture.js';
export { ContractViolation } from './assert.js';
