import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const p = await b.newPage({ viewport: { width: 1400, height: 1000 } }); const errs=[]; p.on('pageerror', e=>errs.push(e.message)); p.on('console', m=>{ if(m.type()==='error') errs.push(m.text())});
const q = process.argv[2] ?? '';
await p.goto('http://127.0.0.1:43999/' + q); await p.getByRole('table').waitFor({timeout:20000}); await p.waitForTimeout(1500); await p.screenshot({ path: process.argv[3] ?? '/tmp/demo.png', fullPage: true }); console.log('errors', errs); await b.close();
