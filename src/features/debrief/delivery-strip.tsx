import type { DeliveryReport } from '../../domain/delivery/delivery.ts';

/**
 * How a reply (or the whole call) was said: pace, pauses and level, each marked as on target or
 * not, with the tip for what missed. Measured on this device from the recording.
 */
export function DeliveryStrip({ report, label }: { report: DeliveryReport; label: string }) {
  const misses = report.checks.filter((check) => !check.ok);
  return (
    <div className="delivery" role="group" aria-label={label}>
      <ul className="delivery-checks">
        {report.checks.map((check) => (
          <li key={check.id} className={check.ok ? 'delivery-ok' : 'delivery-miss'}>
            <span aria-hidden="true">{check.ok ? '✓ ' : '! '}</span>
            {check.label}: {check.value}
            <span className="visually-hidden">{check.ok ? ' (on target)' : ' (off target)'}</span>
          </li>
        ))}
      </ul>
      {misses.map((check) =>
        check.tip ? (
          <p key={check.id} className="delivery-tip">
            {check.tip}
          </p>
        ) : null,
      )}
    </div>
  );
}
