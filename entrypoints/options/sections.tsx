import type { ComponentType } from 'preact';
import { browser } from 'wxt/browser';
import { PolicyEditor } from '../../components/policy/PolicyEditor';
import { PolicyImport } from '../../components/policy/PolicyImport';
import { PolicySettings } from '../../components/policy/PolicySettings';
import { PolicyStatus } from '../../components/policy/PolicyStatus';
import type { createClient } from '../../lib/messaging/protocol';
import { MAX_POLICY_BYTES } from '../../lib/policy/parse';
import { withUserSetting } from '../../lib/policy/settings';
import type { PolicyView } from '../../lib/policy/view';
import { SelfHostedSection } from './self-hosted';

/** What every options section gets: the policy view, the typed client, and a way to reload the view. */
export interface SectionProps {
  view: PolicyView;
  send: ReturnType<typeof createClient>;
  /** Re-reads the policy view and re-renders every section. */
  refresh: () => Promise<void>;
}

export interface OptionsSection {
  id: string;
  Component: ComponentType<SectionProps>;
}

async function readFile(file: File): Promise<{ fileName: string; size: number; text: string }> {
  // A file over the limit is not read at all; the background rejects it by its size.
  return { fileName: file.name, size: file.size, text: file.size > MAX_POLICY_BYTES ? '' : await file.text() };
}

const after = async <T,>(refresh: () => Promise<void>, promise: Promise<T>): Promise<T> => {
  try {
    return await promise;
  } finally {
    await refresh();
  }
};

/** The options page, top to bottom. Add a section with one line here. */
export const SECTIONS: OptionsSection[] = [
  { id: 'policy-status', Component: ({ view }) => <PolicyStatus view={view} /> },
  {
    id: 'policy-import',
    Component: ({ view, send, refresh }) => (
      <PolicyImport
        view={view}
        onImportFile={async (file, confirm) =>
          after(refresh, send('options:importPolicy', { ...(await readFile(file)), ...(confirm ? { confirmThumbprint: confirm } : {}) }))
        }
        onSetUrl={(url, confirm) =>
          after(refresh, send('options:setPolicyUrl', { url, ...(confirm ? { confirmThumbprint: confirm } : {}) }))
        }
        onRefreshUrl={() => after(refresh, send('options:refreshPolicyUrl', {}))}
      />
    ),
  },
  {
    id: 'policy-settings',
    Component: ({ view, send, refresh }) => (
      <PolicySettings
        view={view}
        onChange={(path, value) => void after(refresh, send('options:saveUserPolicy', { policy: withUserSetting(view.user, path, value) }))}
      />
    ),
  },
  { id: 'policy-editor', Component: () => <PolicyEditor /> },
  { id: 'self-hosted', Component: ({ send }) => <SelfHostedSection send={send} /> },
  {
    id: 'training-record',
    Component: () => (
      <p>
        <a href="record.html" id="training-record-link">
          {browser.i18n.getMessage('popup_record')}
        </a>
      </p>
    ),
  },
];
