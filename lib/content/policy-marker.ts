import type { ContentFeature } from './feature';

/**
 * Marks the page with the policy in force (`data-confidant-policy-id`, `-version`), updated on
 * every broadcast, so a team lead (and the end-to-end tests) can see in devtools which policy a
 * tab is following without reloading it. Identity only: no setting values.
 */
export const policyMarker: ContentFeature = (ctx) => {
  const root = ctx.doc.documentElement;
  const mark = () => {
    const policy = ctx.policy();
    root.dataset.confidantPolicyId = policy.id;
    root.dataset.confidantPolicyVersion = String(policy.version);
  };
  mark();
  ctx.onPolicyChange(mark);
  ctx.signal.addEventListener('abort', () => {
    delete root.dataset.confidantPolicyId;
    delete root.dataset.confidantPolicyVersion;
  });
};
