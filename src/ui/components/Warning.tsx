import type { ComponentChildren } from 'preact';

export function WarningIcon() {
  return (
    <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
      <path fill="currentColor" d="M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z" />
    </svg>
  );
}

/** Something that can cost data or time if overlooked: the warning colour and icon, as a note. */
export function Warning({ children }: { children: ComponentChildren }) {
  return (
    <div class="warning" role="note">
      <WarningIcon />
      <div>{children}</div>
    </div>
  );
}
