import { useAppStore } from '../../store/app-store.ts';

/** Voice, speed, mute and practice-mode hints, tucked away during the call. */
export function CallSettings({ voices }: { voices: readonly string[] }) {
  const settings = useAppStore((state) => state.settings);
  const updateSettings = useAppStore((state) => state.updateSettings);
  return (
    <details className="call-settings">
      <summary>Voice and hints</summary>
      <label>
        <input type="checkbox" checked={settings.voiceOn} onChange={(event) => updateSettings({ voiceOn: event.target.checked })} /> Speak the manager's lines
      </label>
      {voices.length > 0 ? (
        <label>
          Voice{' '}
          <select value={settings.voiceName ?? ''} onChange={(event) => updateSettings({ voiceName: event.target.value || null })}>
            <option value="">Default</option>
            {voices.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
      ) : (
        <p className="muted">This browser has no speech voices; the captions show every line.</p>
      )}
      <label>
        Speed <input type="range" min={0.5} max={2} step={0.1} value={settings.rate} onChange={(event) => updateSettings({ rate: Number(event.target.value) })} />
      </label>
      <label>
        <input type="checkbox" checked={settings.practiceMode} onChange={(event) => updateSettings({ practiceMode: event.target.checked })} /> Practice mode (show hints during the call)
      </label>
    </details>
  );
}
