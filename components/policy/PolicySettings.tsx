import { isLocked } from '../../lib/policy/resolve';
import { SETTINGS, getPath, type SettingDef } from '../../lib/policy/settings';
import type { PolicyView } from '../../lib/policy/view';
import { LAYER_LABEL, LOCKED_TEXT, TEAM_TEXT } from './labels';

interface Props {
  view: PolicyView;
  /** A user change; undefined resets the setting to what the layer below says. */
  onChange: (path: string, value: unknown) => void;
}

/**
 * Every setting with its effective value and the layer that set it. Inputs are disabled where a
 * higher layer decides, so nobody edits a value that would not stick.
 */
export function PolicySettings({ view, onChange }: Props) {
  const groups = [...new Set(SETTINGS.map((s) => s.group))];
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <table id="policy-settings">
        {groups.map((group) => (
          <tbody key={group} id={`policy-${group.toLowerCase().replace(/\s+/g, '-')}`}>
            <tr>
              <th colSpan={3} scope="colgroup" class="group">
                {group}
              </th>
            </tr>
            {SETTINGS.filter((s) => s.group === group).map((s) => (
              <SettingRow key={s.path} def={s} view={view} onChange={onChange} />
            ))}
          </tbody>
        ))}
      </table>
      <OtherSettings view={view} />
    </section>
  );
}

/** Settings without a control here (per-ESP actions, checks, patterns, messages…): value and source, read-only. */
function OtherSettings({ view }: { view: PolicyView }) {
  const listed = new Set(SETTINGS.map((s) => s.path));
  const rows = Object.entries(view.provenance).filter(([path, layer]) => layer !== 'defaults' && !listed.has(path));
  if (rows.length === 0) return null;
  return (
    <table id="policy-other-settings">
      <caption>Other settings from policy</caption>
      <tbody>
        {rows.map(([path, layer]) => (
          <tr key={path} data-path={path} data-layer={layer} data-locked={isLocked(view, path) ? 'true' : 'false'}>
            <th scope="row">
              <code>{path}</code>
            </th>
            <td>
              <code>{JSON.stringify(getPath(view.policy, path))}</code>
            </td>
            <td class={isLocked(view, path) ? 'layer locked' : 'layer'}>
              {isLocked(view, path) ? `🔒 ${LOCKED_TEXT}` : LAYER_LABEL[layer]}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SettingRow({ def, view, onChange }: { def: SettingDef } & Props) {
  const layer = view.provenance[def.path] ?? 'defaults';
  const locked = isLocked(view, def.path);
  const byTeam = layer === 'file' || layer === 'url';
  const disabled = locked || byTeam;
  const value = getPath(view.policy, def.path);
  const id = `setting-${def.path.replace(/\./g, '-')}`;
  const note = locked ? LOCKED_TEXT : byTeam ? TEAM_TEXT : LAYER_LABEL[layer];
  return (
    <tr data-path={def.path} data-layer={layer} data-locked={locked ? 'true' : 'false'}>
      <th scope="row">
        <label for={id}>{def.label}</label>
      </th>
      <td>
        <Control id={id} def={def} value={value} disabled={disabled} onChange={(v) => onChange(def.path, v)} />
      </td>
      <td class={locked ? 'layer locked' : 'layer'}>
        {locked ? '🔒 ' : ''}
        {note}
        {layer === 'user' && !disabled ? (
          <button type="button" class="link" onClick={() => onChange(def.path, undefined)}>
            Reset
          </button>
        ) : null}
      </td>
    </tr>
  );
}

function Control({
  id,
  def,
  value,
  disabled,
  onChange,
}: {
  id: string;
  def: SettingDef;
  value: unknown;
  disabled: boolean;
  onChange: (v: unknown) => void;
}) {
  const kind = def.kind;
  const title = disabled ? 'This value is decided by a policy above your own settings' : undefined;
  switch (kind.type) {
    case 'choice':
      return (
        <select id={id} disabled={disabled} title={title} value={String(value)} onChange={(e) => onChange(e.currentTarget.value)}>
          {kind.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
    case 'boolean':
      return (
        <input
          id={id}
          type="checkbox"
          disabled={disabled}
          title={title}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      );
    case 'number':
      return (
        <input
          id={id}
          type="number"
          min={kind.min}
          max={kind.max}
          disabled={disabled}
          title={title}
          value={value === null || value === undefined ? '' : String(value)}
          onChange={(e) => {
            const raw = e.currentTarget.value.trim();
            if (raw === '') return onChange(kind.optional ? undefined : kind.min);
            const n = Math.round(Number(raw));
            if (Number.isFinite(n)) onChange(Math.min(kind.max, Math.max(kind.min, n)));
          }}
        />
      );
    case 'text':
      return (
        <input
          id={id}
          type="text"
          maxLength={kind.max}
          disabled={disabled}
          title={title}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value.trim() || undefined)}
        />
      );
    case 'list':
      return (
        <input
          id={id}
          type="text"
          disabled={disabled}
          title={title}
          placeholder="comma-separated"
          value={Array.isArray(value) ? value.join(', ') : ''}
          onChange={(e) =>
            onChange(
              e.currentTarget.value
                .split(',')
                .map((x) => x.trim())
                .filter(Boolean),
            )
          }
        />
      );
  }
}
