import { useId } from 'react';
import { useAppStore } from '../../store/app-store.ts';
import type { DictationChoice } from './use-voice-input.ts';

/** Voice, speed, mute, dictation and practice-mode hints, tucked away during the call. */
export function CallSettings({ voices, dictation }: { voices: readonly string[]; dictation: DictationChoice }) {
  const settings = useAppStore((state) => state.settings);
  const updateSettings = useAppStore((state) => state.updateSettings);
  const dictationNote = useId();
  const handsFreeNote = useId();
  return (
    <details className="call-settings">
      <summary>Voice, dictation, hands-free and hints</summary>
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
        <input type="checkbox" checked={settings.handsFree} aria-describedby={handsFreeNote} onChange={(event) => updateSettings({ handsFree: event.target.checked })} /> Hands-free: answer out loud,
        no clicks
      </label>
      <p className="help" id={handsFreeNote}>
        When the manager finishes, listening starts by itself and your answer is recorded on this device; a pause ends your turn. Your words are recognised on this device where the browser can;
        otherwise only with dictation turned on; otherwise you type what you said.
      </p>
      {settings.handsFree ? (
        <label>
          Pause that ends your turn: {settings.silenceToEndS.toFixed(1)} s{' '}
          <input type="range" min={0.5} max={4} step={0.1} value={settings.silenceToEndS} onChange={(event) => updateSettings({ silenceToEndS: Number(event.target.value) })} />
        </label>
      ) : null}
      <label>
        <input type="checkbox" checked={settings.practiceMode} onChange={(event) => updateSettings({ practiceMode: event.target.checked })} /> Practice mode (show hints during the call)
      </label>
    </details>
  );
}
