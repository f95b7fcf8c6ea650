import type { Tip } from '../lib/training/tips';

export function TipCard({ tip }: { tip: Tip }) {
  return (
    <aside id="tip" class="tip" aria-label="Tip" data-tip={tip.id}>
      <strong>Tip: </strong>
      {tip.text}
    </aside>
  );
}
