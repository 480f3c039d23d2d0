import { useId } from 'react';
import { useAppStore } from '../../store/app-store.ts';
import type { DictationChoice } from './use-voice-input.ts';

/** Voice, speed, mute, dictation and practice-mode hints, tucked away during the call. */
export function CallSettings({ voices, dictation }: { voices: readonly string[]; dictation: DictationChoice }) {
  const settings = useAppStore((state) => state.settings);
  const updateSettings = useAppStore((state) => state.updateSettings);
  const dictationNote = useId();
  return (
    <details className="call-settings">
      <summary>Voice, dictation and hints</summary>
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
        <input type="checkbox" checked={dictation.on} aria-describedby={dictationNote} onChange={(event) => dictation.setOn(event.target.checked)} /> Dictation: speak instead of typing
      </label>
      <p className="help" id={dictationNote}>
        Dictation uses your browser's speech recognition, which may send your voice to the browser's maker (in Chrome, to Google) to be turned into text. Typing and recording stay on this device.
      </p>
      <label>
        <input type="checkbox" checked={settings.practiceMode} onChange={(event) => updateSettings({ practiceMode: event.target.checked })} /> Practice mode (show hints during the call)
      </label>
    </details>
  );
}
