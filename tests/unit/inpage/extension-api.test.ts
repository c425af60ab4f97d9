import { describe, expect, it } from 'vitest';
import { extensionApi } from '../../../src/inpage/extension-api';

describe('extensionApi', () => {
  const chrome = { runtime: { id: 'chrome' } };

  it("uses Firefox's browser object", () => {
    const browser = { runtime: { id: 'firefox' } };
    expect(extensionApi({ browser, chrome })).toBe(browser);
  });

  it('uses chrome where there is no browser object', () => {
    expect(extensionApi({ chrome })).toBe(chrome);
  });

  it('is not fooled by page elements named "browser" (named access on window)', () => {
    const element = document.createElement('div');
    element.id = 'browser';
    const form = document.createElement('form');
    form.innerHTML = '<input name="runtime" id="x">';
    expect(extensionApi({ browser: element, chrome })).toBe(chrome);
    expect(extensionApi({ browser: form, chrome })).toBe(chrome);
    expect(extensionApi({ browser: document.querySelectorAll('div'), chrome })).toBe(chrome);
  });
});
