/**
 * Every selector the System Status reader uses, in one place (Apple's markup since 2017).
 * Only structure and the light's class are relied on: all visible words are localized.
 */
export const STATUS_SELECTORS = {
  /** One per service. Both roots are accepted so that a renamed table id alone does not blind us. */
  service: '#ssp-lights-table .light-container, .section-lights .light-container',
  /** The coloured dot; its class (light-available, light-issue, ...) carries the state. */
  light: '.light-content.light-image > *',
  name: '.light-content.light-name',
  /** Screen-reader suffix inside the name cell, such as ": available". */
  a11y: '.a11y',
  /** Present when the service has events: "<Service> - <Label>". */
  link: '.light-link',
} as const;
