import { chromium } from 'playwright-core';
import { preview } from 'vite';
const server = await preview({
  root: process.cwd(),
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port: 0 },
});
const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${origin}/${process.argv[2]}`);
await page.locator(process.argv[3]!).first().waitFor({ timeout: 60000 });
await page.waitForTimeout(1500);
if (process.argv[4])
  await page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    el.scrollTop = el.scrollHeight;
  }, process.argv[4]);
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/probe.png' });
console.log(
  await page.evaluate(() =>
    [...document.querySelectorAll('.chart')]
      .map((c) => `${c.clientWidth}x${c.clientHeight}`)
      .join(' '),
  ),
);
await browser.close();
await server.close();
