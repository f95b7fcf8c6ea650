// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { newEntry, type MaskEntry } from './entries';
import { OptionLabels } from './option-labels';

const settle = () => new Promise((r) => setTimeout(r, 0));

/** Options whose text nodes hold one address each, as found by the scan. */
function setUp(html: string) {
  document.body.innerHTML = `<select>${html}</select>`;
  const entries = new Map<Text, MaskEntry[]>();
  for (const option of document.querySelectorAll('option')) {
    const node = option.firstChild as Text;
    const at = node.data.search(/[a-z.]+@example\.org/);
    if (at < 0) continue;
    const end = node.data.indexOf('.org', at) + 4;
    entries.set(node, [newEntry(node, at, end, 'email', 'partial', true, 1)]);
  }
  const labels = new OptionLabels((node) => entries.get(node) ?? []);
  const options = Array.from(document.querySelectorAll('option'));
  for (const o of options) labels.changed(o);
  return { labels, options, entries };
}

describe('OptionLabels', () => {
  test('an option holding a masked value shows its masked text as its label; its value and text stay its own', async () => {
    const { options } = setUp('<option value="1">  Ava Dummins   &lt;ava.dummins@example.org&gt; </option><option>No contact</option>');
    await settle();
    expect(options.map((o) => o.getAttribute('label'))).toEqual(['Ava Dummins <a•••@e•••.org>', null]);
    expect(options[0]?.value).toBe('1');
    expect(options[0]?.textContent).toContain('ava.dummins@example.org');
  });

  test('a revealed value gives the option its own label back, and clear() gives every one back', async () => {
    const { labels, options, entries } = setUp('<option>ava.dummins@example.org</option><option>liam@example.org</option>');
    await settle();
    const [first] = entries.get(options[0]?.firstChild as Text) ?? [];
    if (first) first.revealed = true;
    labels.changed(options[0] as HTMLOptionElement);
    await settle();
    expect(options.map((o) => o.getAttribute('label'))).toEqual([null, 'l•••@e•••.org']);
    labels.clear();
    expect(options.map((o) => o.getAttribute('label'))).toEqual([null, null]);
  });

  test("an option with a label of the page's own keeps it, masked only where it repeats the value; a label the page sets later stays", async () => {
    const { labels, options } = setUp(
      '<option label="Ava (VIP)">ava.dummins@example.org</option><option label="Write to ava.dummins@example.org">ava.dummins@example.org</option>',
    );
    await settle();
    expect(options.map((o) => o.getAttribute('label'))).toEqual(['Ava (VIP)', 'Write to a•••@e•••.org']);
    options[1]?.setAttribute('label', 'Changed by the page');
    labels.clear();
    expect(options[1]?.getAttribute('label')).toBe('Changed by the page');
  });
});
