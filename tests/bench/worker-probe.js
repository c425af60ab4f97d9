// Copied into a copy of the build and run in its worker before the shipped code (see
// extensions.ts): records the timers and alarms the worker sets and the browser events it
// listens to, so the benchmark can tell what could wake it. Plain JavaScript because it is
// copied as is.
(() => {
  const found = { timers: [], listeners: [] };
  globalThis.__benchProbe = found;
  for (const name of ['setTimeout', 'setInterval']) {
    const original = globalThis[name];
    globalThis[name] = (...args) => {
      found.timers.push(name);
      return original(...args);
    };
  }
  const wrapped = new WeakSet();
  const watch = (path, target) => {
    if (!target || typeof target !== 'object') return;
    for (const key of Object.keys(target)) {
      const event = target[key];
      if (typeof event?.addListener !== 'function' || wrapped.has(event)) continue;
      wrapped.add(event);
      const add = event.addListener;
      event.addListener = (...args) => {
        found.listeners.push(`${path}.${key}`);
        return add.apply(event, args);
      };
    }
  };
  // Chromium may expose `browser` beside `chrome`; the shipped code may use either.
  for (const api of new Set([globalThis.chrome, globalThis.browser].filter(Boolean))) {
    for (const ns of ['runtime', 'storage', 'alarms', 'tabs', 'action', 'webNavigation', 'idle']) {
      watch(ns, api[ns]);
      for (const area of ['local', 'session', 'sync']) watch(`${ns}.${area}`, api[ns]?.[area]);
    }
    const create = api.alarms?.create;
    if (create) {
      api.alarms.create = (...args) => {
        found.timers.push('alarms.create');
        return create.apply(api.alarms, args);
      };
    }
  }
})();
