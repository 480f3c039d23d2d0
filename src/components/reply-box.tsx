import type { Ref } from 'react';

/**
 * The box a candidate types a reply in, on a call or in a drill: Enter says it, Shift+Enter adds
 * a line, and every keystroke tells the manager the candidate is still there.
 */
export function ReplyBox({
  id,
  boxRef,
  value,
  disabled,
  onChange,
  onSay,
  describedBy,
  label = 'Your reply',
}: {
  id: string;
  boxRef: Ref<HTMLTextAreaElement>;
  value: string;
  disabled: boolean;
  onChange: (text: string) => void;
  onSay: () => void;
  describedBy?: string;
  /** What the box is called: "Your reply" on a call, "Your close" in the thank-you drill. */
  label?: string;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={boxRef}
        rows={3}
        value={value}
        maxLength={20_000}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          // Enter that confirms an input method's composition (Japanese, Chinese…) picks a word; it
          // must not say the reply. Safari ends the composition first and sends key code 229 instead.
          const composing = event.nativeEvent.isComposing || event.keyCode === 229;
          if (event.key === 'Enter' && !event.shiftKey && !composing) {
            event.preventDefault();
            onSay();
          }
        }}
      />
    </>
  );
}
