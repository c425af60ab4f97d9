import { describe, expect, it } from 'vitest';
import { AGENT_LINES, AGENT_PANELS, AGENT_RUN_TOGETHER } from './agent-probes';
import type { Probe } from './named-owner-probes';
import { readPanel as page, readPaste as paste, U } from './read-as';

const LINES = [...AGENT_LINES, ...AGENT_RUN_TOGETHER];

const ok = (got: string, probe: Probe) =>
  probe.any ? probe.any.includes(got) : got === probe.want || (probe.miss === true && got === U);

describe('probes: the one who used the sizes named by an agent, a case ending or a glued subject', () => {
  const onPage = (probe: Probe) => {
    const got = page('iCloud Storage', `<div><p>${probe.text}</p></div>`);
    expect(ok(got, probe), got).toBe(true);
  };
  const inPaste = (probe: Probe) => {
    const got = paste(probe.text);
    expect(ok(got, probe), got).toBe(true);
  };
  it.each(LINES)('page ($lang): $text', onPage);
  it.each(LINES)('paste ($lang): $text', inPaste);
  it.each(AGENT_PANELS)('page %s: %s', (heading, body, probe) => {
    const got = page(heading, body);
    expect(ok(got, probe), got).toBe(true);
  });
});
