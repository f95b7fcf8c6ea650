/**
 * Campaign checker benchmark: median time to check a ~500 KB campaign, beside a plain parse of the
 * same HTML (our tokenizer alone, and happy-dom's parser). Run: npx tsx scripts/bench/campaign.ts
 * Options: --kb N (size, default 500), --runs N (default 15). Judge by the ratios: this machine is noisy.
 */
import { Window } from 'happy-dom';
import { checkCampaign } from '../../lib/campaign/check';
import { tokenize } from '../../lib/campaign/html/tokenize';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const TARGET_KB = arg('kb', 500);
const RUNS = arg('runs', 15);

/** A deterministic newsletter: repeated content modules (tables, inline styles, links, merge tags), one footer. */
function makeCampaign(targetBytes: number): string {
  const head = `<!doctype html><html><head><style>.hide{display:none} .btn{color:#fff;background:#6a1fd1} @media (max-width:600px){.col{display:block!important}}</style></head><body style="background:#f4f4f4">`;
  const modules: string[] = [];
  let size = head.length;
  for (let i = 0; size < targetBytes; i++) {
    const m = `<table role="presentation" width="100%" style="background:#ffffff;border-collapse:collapse"><tr><td class="col" style="padding:16px;font-family:Arial,sans-serif;font-size:15px;color:#333333">
<h2 style="margin:0 0 8px">Story ${i}: spring collection &amp; more</h2>
<p>Hi *|FNAME|*, lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer ${i * 7} nec odio. Praesent libero. Sed cursus ante dapibus diam.</p>
<p><a class="btn" href="https://www.example.com/p/${i}?utm_source=news" style="display:inline-block;padding:8px 12px;text-decoration:none">Shop now</a>
<img src="https://cdn.example.com/img/${i}.jpg" alt="Product ${i}" width="280" style="display:block;border:0"></p>
<!--[if mso]><table><tr><td>Outlook only ${i}</td></tr></table><![endif]-->
</td></tr></table>\n`;
    modules.push(m);
    size += m.length;
  }
  const footer = `<table><tr><td style="font-size:12px;color:#666">*|LIST:COMPANY|* · *|HTML:LIST_ADDRESS_HTML|* · <a href="*|UNSUB|*">Unsubscribe</a> · <a href="https://www.example.com/privacy">Privacy</a></td></tr></table></body></html>`;
  return head + modules.join('') + footer;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function time(label: string, fn: () => unknown): number {
  fn(); // warm-up (JIT)
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  const m = median(samples);
  console.log(
    `${label.padEnd(34)} median ${m.toFixed(2).padStart(8)} ms  (min ${Math.min(...samples).toFixed(2)}, max ${Math.max(...samples).toFixed(2)}, n=${RUNS})`,
  );
  return m;
}

const html = makeCampaign(TARGET_KB * 1024);
console.log(`Campaign: ${(html.length / 1024).toFixed(0)} KB of HTML, ${RUNS} runs each\n`);

const check = time('checkCampaign (all checks)', () => {
  const report = checkCampaign(html, { esp: 'mailchimp' });
  if (report.results[0]?.status !== 'pass') throw new Error('benchmark campaign should pass the unsubscribe check');
});
const tokens = time('tokenizer alone (drain tokens)', () => {
  let n = 0;
  for (const _ of tokenize(html)) n++;
  return n;
});
const window = new Window();
const happy = time('happy-dom DOMParser.parseFromString', () => new window.DOMParser().parseFromString(html, 'text/html'));
await window.happyDOM.close();

console.log(`\ncheck / tokenizer  = ${(check / tokens).toFixed(2)}x`);
console.log(`check / happy-dom  = ${(check / happy).toFixed(2)}x   (below 1: the whole check is cheaper than building a DOM)`);
console.log(`throughput         = ${(html.length / 1024 / 1024 / (check / 1000)).toFixed(1)} MB/s checked`);
