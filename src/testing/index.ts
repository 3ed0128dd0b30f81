/**
 * The adapter contract test kit: `@audit-log-viewer/react/testing`.
 * Run {@link describeAdapterContract} in your test runner against your adapter.
 */
export { describeAdapterContract } from './contract';
export type { AdapterContractOptions, AdapterContractSubject, TestApi } from './contract';
export { createContractFixture, FIXTURE_END } from './fixture';
export type { AdapterContractFixture } from './fixture';
export { ContractViolation } from './assert';
