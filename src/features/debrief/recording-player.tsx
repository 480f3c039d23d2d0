import { useEffect, useState } from 'react';
import { forgetRecording, recordingOf } from '../../store/recordings.ts';

/** The file name a recording downloads as, from its type: WebM from MediaRecorder, or WAV. */
function fileName(callId: string, replyIndex: number, clip: Blob): string {
  const extension = clip.type.includes('wav') ? 'wav' : clip.type.includes('ogg') ? 'ogg' : clip.type.includes('mp4') ? 'm4a' : 'webm';
  return `callback-${callId}-reply-${replyIndex + 1}.${extension}`;
}

/** A recorded answer, if the candidate recorded one: play it, download it, or delete it. */
export function RecordingPlayer({ callId, replyIndex, onDeleted }: { callId: string; replyIndex: number; onDeleted: () => void }) {
  const [clip, setClip] = useState<{ url: string; name: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    void recordingOf(callId, replyIndex).then((found) => {
      if (!live || !found) return;
      made = URL.createObjectURL(found);
      setClip({ url: made, name: fileName(callId, replyIndex, found) });
    });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [callId, replyIndex]);
  if (!clip) return null;
  const remove = async () => {
    const saved = await forgetRecording(callId, replyIndex);
    if (saved) onDeleted();
    else setProblem("This recording couldn't be deleted from this browser's storage; it is gone from this page until you reload.");
  };
  return (
    <div className="recording">
      <audio controls src={clip.url} aria-label={`Your recording of reply ${replyIndex + 1}`} />
      <span className="recording-actions">
        <a className="button button-small" href={clip.url} download={clip.name}>
          Download<span className="visually-hidden"> the recording of reply {replyIndex + 1}</span>
        </a>
        <button type="button" className="button button-small" onClick={() => void remove()}>
          Delete<span className="visually-hidden"> the recording of reply {replyIndex + 1}</span>
        </button>
      </span>
      {problem ? (
        <p className="voice-failure" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
