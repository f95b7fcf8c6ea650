/** Styles of the in-page campaign panel (inside its shadow root). */
export const PANEL_CSS = `
:host { all: initial; }
.panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; width: 340px; max-height: 70vh; overflow: auto;
  background: #fff; color: #1d1d1f; border: 1px solid #c9c3d6; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 13px/1.45 system-ui, sans-serif; padding: 10px 12px; }
.toggle { font: inherit; font-weight: 600; background: none; border: 0; padding: 2px 0; cursor: pointer; color: #4b1796; }
.summary { margin: 2px 0 6px; color: #5b5b66; }
.checks { list-style: none; margin: 0; padding: 0; }
.check { border-left: 4px solid #999; padding: 4px 8px; margin: 6px 0; background: #f7f6fa; }
.check.pass { border-color: #1a7f37; } .check.warn { border-color: #b26b00; } .check.fail { border-color: #c62828; }
.check p { margin: 2px 0; }
.title { font-weight: 600; } .badge { font-size: 11px; text-transform: uppercase; margin-right: 4px; }
.snippet { display: flex; gap: 6px; align-items: center; }
code { background: #ece8f4; padding: 1px 4px; border-radius: 4px; word-break: break-all; flex: 1; }
button { font: inherit; border: 1px solid #6a1fd1; color: #4b1796; background: #fff; border-radius: 6px; padding: 2px 8px; cursor: pointer; }
button:focus-visible, .toggle:focus-visible, textarea:focus-visible { outline: 2px solid #6a1fd1; outline-offset: 2px; }
.rules, .caveat, .not-checked { color: #5b5b66; font-size: 12px; }
.gate { margin-top: 8px; border: 2px solid #c62828; border-radius: 8px; padding: 8px; background: #fff7f7; }
.gate h2 { font-size: 14px; margin: 0 0 4px; }
.gate textarea { display: block; width: 100%; box-sizing: border-box; margin-top: 4px; font: inherit; }
.actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 8px; }
.proceed { background: #c62828; color: #fff; border-color: #c62828; }
.proceed:disabled { opacity: .5; cursor: not-allowed; }
`;
