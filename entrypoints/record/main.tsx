import { render } from 'preact';
import { browser } from 'wxt/browser';
import { TrainingRecord } from '../../components/TrainingRecord';
import { createT } from '../../lib/i18n/t';
import { openDb } from '../../lib/storage/db';
import { buildCompletionRecord, recordFileName } from '../../lib/training/record';

const t = createT((key, subs) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], subs));
const locale = browser.i18n.getUILanguage();
/** The only personal value Confidant keeps: the name the employee chose to put on their own record. */
const NAME_KEY = 'training.displayName';

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = locale;
  document.title = t('record_heading');
  const db = openDb();
  const records = await db.training.toArray();
  let name = String((await browser.storage.local.get(NAME_KEY))[NAME_KEY] ?? '');

  const draw = () => {
    const record = buildCompletionRecord(name, records, Date.now());
    render(
      <TrainingRecord
        t={t}
        locale={locale}
        record={record}
        onNameChange={(value) => {
          name = value;
          void browser.storage.local.set({ [NAME_KEY]: value.trim().slice(0, 80) });
          draw();
        }}
        onDownload={() => {
          const url = URL.createObjectURL(new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' }));
          const a = Object.assign(document.createElement('a'), { href: url, download: recordFileName(Date.now()) });
          a.click();
          setTimeout(() => URL.revokeObjectURL(url), 10_000);
        }}
      />,
      app,
    );
  };
  draw();
  document.documentElement.dataset.ready = '1';
}

void main();
