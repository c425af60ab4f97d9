import { afterLabel } from '../format';

/** A label and what goes between it and its text, as the label's language spaces them. */
export function Label({ class: className, text }: { class: string; text: string }) {
  return (
    <>
      <span class={className}>{text}</span>
      {afterLabel(text)}
    </>
  );
}
