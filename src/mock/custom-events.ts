import { hexOf } from './ids.js';
import { WeightedChoice, type Random } from './random.js';
import type { Snapshot } from './entities.js';

/** The fictional vendor whose product the demo embeds the viewer in. */
export const VENDOR = 'ledgerly';

const CUSTOMERS = ['Northwind Traders', 'Contoso Ltd', 'Fabrikam', 'Tailspin Toys', 'Wide World Importers', 'Café Über', 'Ødegaard & Søn'];
const DOCS = ['Q3 board pack.pdf', 'Vendor contract — Fabrikam.docx', 'Expense policy 2025.pdf', 'Payroll March.xlsx'];
const REASONS = ['Missing receipt for the hotel night', 'Over the per-diem limit', 'Duplicate of an earlier report', 'Needs a project code'];

const KINDS = new WeightedChoice({ invoiceApprove: 5, invoiceExport: 2, expenseApprove: 5, expenseReject: 2, payout: 2, share: 2, settings: 1, webhook: 1, report: 3 });

function money(random: Random): Snapshot {
  return { value: (random.int(1000, 2_500_000) / 100).toFixed(2), currency: random.pick(['EUR', 'USD', 'GBP']) };
}

/**
 * One custom event of the vendor's own (names `ledgerly.<resource>.<action>`, valid for Tesseral's
 * create API), with nested details; `settings.update` carries a before/after pair as a vendor might.
 */
export function customEvent(random: Random, t: number, actorEmail: string, peerEmail: string): { name: string; details: Snapshot } {
  const kind = KINDS.pick(random);
  const month = new Date(t).toISOString().slice(0, 7);
  switch (kind) {
    case 'invoiceApprove':
      return {
        name: `${VENDOR}.invoices.approve`,
        details: {
          invoice: { id: `inv_${hexOf(random, 6)}`, number: `INV-${month.replace('-', '')}-${random.int(1, 999)}`, amount: money(random),
            customer: { id: `cus_${hexOf(random, 5)}`, name: random.pick(CUSTOMERS) } },
          ...(random.chance(0.3) ? { comment: 'Checked against the purchase order.' } : {}),
        },
      };
    case 'invoiceExport':
      return { name: `${VENDOR}.invoices.export`, details: { export: { format: random.pick(['pdf', 'csv', 'xlsx']), invoiceCount: random.int(1, 400) }, filters: { status: random.pick(['paid', 'open', 'overdue']), month } } };
    case 'expenseApprove':
    case 'expenseReject': {
      const report = { id: `exp_${hexOf(random, 6)}`, title: `Travel ${month}`, total: money(random), submittedBy: { email: peerEmail } };
      return kind === 'expenseApprove'
        ? { name: `${VENDOR}.expense_reports.approve`, details: { report, approver: { email: actorEmail } } }
        : { name: `${VENDOR}.expense_reports.reject`, details: { report, reason: random.pick(REASONS) } };
    }
    case 'payout':
      return { name: `${VENDOR}.payouts.create`, details: { payout: { id: `po_${hexOf(random, 6)}`, amount: money(random), destination: { bank: random.pick(['ING', 'Chase', 'Barclays']), last4: String(random.int(1000, 9999)) } } } };
    case 'share':
      return { name: `${VENDOR}.documents.share`, details: { document: { id: `doc_${hexOf(random, 6)}`, name: random.pick(DOCS) }, sharedWith: [peerEmail], permissions: { download: random.chance(0.5), expiresAt: new Date(t + 14 * 86_400_000).toISOString() } } };
    case 'settings': {
      const previousSettings = { invoicePrefix: 'INV', defaultCurrency: 'EUR', approvals: { required: true, threshold: '500.00' } };
      const settings = { ...previousSettings, approvals: { required: true, threshold: random.pick(['1000.00', '250.00']) } };
      return { name: `${VENDOR}.settings.update`, details: { settings, previousSettings } };
    }
    case 'webhook':
      return { name: `${VENDOR}.webhooks.create`, details: { webhook: { id: `wh_${hexOf(random, 6)}`, url: `https://hooks.example.com/${hexOf(random, 4)}`, events: ['invoice.paid', 'payout.created'] } } };
    default:
      return { name: `${VENDOR}.reports.download`, details: { report: { id: `rep_${hexOf(random, 6)}`, name: random.pick(['Aged receivables', 'VAT return', 'Spend by team']), rows: random.int(10, 50_000) } } };
  }
}
