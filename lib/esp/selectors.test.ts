import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/defaults';
import { ESP_ADAPTERS } from './index';
import { effectiveSelectors } from './selectors';

describe('selectors in force', () => {
  it("are the adapter's own without overrides", () => {
    const s = effectiveSelectors(ESP_ADAPTERS.hubspot, DEFAULT_POLICY);
    expect(s.exportButton).toEqual(ESP_ADAPTERS.hubspot.selectors.exportButton);
    expect(s.exportRequest).toEqual(ESP_ADAPTERS.hubspot.exports.requestButton);
  });

  it('take a policy list for that ESP and key, dropping malformed selectors', () => {
    const policy = { selectorOverrides: { hubspot: { exportButton: ['button.new-export', 'button[oops'], unknown: ['x'] } } };
    const s = effectiveSelectors(ESP_ADAPTERS.hubspot, policy);
    expect(s.exportButton).toEqual(['button.new-export']);
    expect(s.subscriberRow).toEqual(ESP_ADAPTERS.hubspot.selectors.subscriberRow);
    expect(effectiveSelectors(ESP_ADAPTERS.mailchimp, policy).exportButton).toEqual(ESP_ADAPTERS.mailchimp.selectors.exportButton);
  });
});
