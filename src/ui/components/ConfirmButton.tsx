import { useEffect, useRef, useState } from 'preact/hooks';
import { useTexts } from '../locale-context';
import type { UiKey } from '../i18n';

/** "Start over": clears the session after one confirmation. */
export function StartOverButton(props: { onConfirm: () => void }) {
  return (
    <ConfirmButton
      label="footer.startOver"
      question="footer.startOverConfirm"
      yes="footer.startOverYes"
      {...props}
    />
  );
}

/**
 * A button for something that cannot be undone: the first press asks, in words, what will be
 * lost; only "Yes" does it, and Escape or "Cancel" backs out. Focus moves to the question and
 * back, so keyboard users follow.
 */
export function ConfirmButton({
  label,
  question,
  yes,
  onConfirm,
}: {
  label: UiKey;
  question: UiKey;
  yes: UiKey;
  onConfirm: () => void;
}) {
  const { t } = useTexts();
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  // After "Cancel" focus returns to the button; after "Yes" the screen decides where it goes.
  const restoreFocus = useRef(false);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (restoreFocus.current) openerRef.current?.focus();
    restoreFocus.current = false;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" class="link" ref={openerRef} onClick={() => setAsking(true)}>
        {t(label)}
      </button>
    );
  }
  const cancel = () => {
    restoreFocus.current = true;
    setAsking(false);
  };
  return (
    <span
      class="confirm"
      role="group"
      aria-label={t(question)}
      onKeyDown={(e) => {
        // Escape backs out of a question, as it closes a dialog.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        cancel();
      }}
    >
      <span>{t(question)}</span>
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t(yes)}
      </button>
      <button type="button" ref={cancelRef} onClick={cancel}>
        {t('action.cancel')}
      </button>
    </span>
  );
}
